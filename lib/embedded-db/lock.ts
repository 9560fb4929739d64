import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "../cli-error";

// PGlite is a single-process database: two processes opening the same folder would corrupt it.
// An exclusive lock file holding the owner's pid keeps the second `npm start` out.

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

export type DataDirLock = { release: () => void };

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "lock.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return {
        release: () => {
          if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new CliError(
          `The app is already running on the embedded database in ${dataDir} (process ${owner}). Use that one, or stop it with Ctrl-C first.`,
        );
      }
      // Left behind by a process that no longer exists (killed, or the machine restarted).
      rmSync(lockPath, { force: true });
    }
  }
  throw new CliError(`Could not lock ${dataDir}; another start may be under way. Try again.`);
}
