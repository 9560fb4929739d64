import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { CliError } from "../cli-error";

// PGlite is a single-process database: two processes opening the same folder would corrupt it.
// An exclusive lock file naming its owner keeps the second `npm start` out.
//
// A pid alone is not an owner: after a restart of the machine (or long enough) the same number
// belongs to some unrelated process, and a lock that only asks "is that pid alive?" refuses every
// start for good. So the lock also records which boot of the machine and which start of that
// process it was (Linux: /proc/sys/kernel/random/boot_id and the start time in /proc/<pid>/stat).
// A process with that pid, boot and start time is the owner; anything else has left the lock
// behind. Where that cannot be read (another system, an older lock holding only a pid), a live
// process that is not Node cannot be the app; a live Node process might be, and then the message
// names the one file to remove.

type Owner = { pid: number; boot?: string; started?: string };
type Identity = { boot: string; started: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** This boot of the machine and the process's start within it, or null where /proc cannot tell. */
function identityOf(pid: number): Identity | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    const started = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]; // field 22, starttime
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    return started && boot ? { boot, started } : null;
  } catch {
    return null;
  }
}

/**
 * Whether the process may be Node running the app (true), surely is not (false), or it cannot be
 * told (null). npm and Next rename their processes ("npm start", "next-server"), so those count too.
 */
function mayRunNode(pid: number): boolean | null {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, "utf8").split(/[\0 ]/).filter(Boolean);
    return words.some((word) => /^(node(js)?\d*|npm|npx|tsx|next(-server)?)$/.test(basename(word)));
  } catch {
    return null;
  }
}

/** Reads both formats: `{"pid":…,"boot":…,"started":…}` and, from older versions, a bare pid. */
function readOwner(lockPath: string): Owner | null {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8").trim();
  } catch {
    return null;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as Partial<Owner>;
    if (!Number.isSafeInteger(parsed.pid)) return null;
    return {
      pid: parsed.pid!,
      boot: typeof parsed.boot === "string" ? parsed.boot : undefined,
      started: typeof parsed.started === "string" ? parsed.started : undefined,
    };
  } catch {
    return null;
  }
}

/** "running": the owner is alive; "stale": it is not; "unsure": a live Node process that may be it. */
export function ownerState(owner: Owner): "running" | "stale" | "unsure" {
  if (owner.pid === process.pid || !isAlive(owner.pid)) return "stale";
  const now = identityOf(owner.pid);
  if (owner.boot && owner.started && now) return now.boot === owner.boot && now.started === owner.started ? "running" : "stale";
  return mayRunNode(owner.pid) === false ? "stale" : "unsure";
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

export type DataDirLock = { release: () => void };

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "lock.pid");
  const mine: Owner = { pid: process.pid, ...identityOf(process.pid) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(mine), { flag: "wx" });
      return {
        release: () => {
          if (readOwner(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      // A lock that says nothing yet may be one another start has just made and not yet written.
      if (!owner && Date.now() - modifiedAt(lockPath) < 5_000) break;
      const state = owner ? ownerState(owner) : "stale";
      if (state === "running") {
        throw new CliError(
          `The app is already running on the embedded database in ${dataDir} (process ${owner!.pid}). Use that one, or stop it with Ctrl-C first.`,
        );
      }
      if (state === "unsure") {
        throw new CliError(
          `The embedded database in ${dataDir} may be in use by process ${owner!.pid} (a Node process named in ${lockPath}). If no other npm start is running on this folder, delete the file ${lockPath} and run npm start again.`,
        );
      }
      // Left behind by a process that no longer exists (killed, or the machine restarted).
      rmSync(lockPath, { force: true });
    }
  }
  throw new CliError(`Could not lock ${dataDir}; another start may be under way. Try again.`);
}
