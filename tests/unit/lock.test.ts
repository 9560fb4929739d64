import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CliError } from "@/lib/cli-error";
import { lockDataDir } from "@/lib/embedded-db/lock";

// The lock must tell a real second start from a lock left behind: after a reboot the pid in it
// may belong to any process, and then `npm start` must not refuse for good.

const freshDir = () => mkdtempSync(join(tmpdir(), "mus-lock-"));
const lockFile = (dir: string) => join(dir, "lock.pid");
const owner = (dir: string) => JSON.parse(readFileSync(lockFile(dir), "utf8")) as { pid: number; boot?: string; started?: string };

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill("SIGKILL");
});

/** A process of our own that prints one line when it is ready. */
async function run(command: string, args: string[], ready = false): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
  started.push(child);
  if (ready)
    await new Promise<void>((resolve, reject) => {
      child.stdout!.once("data", () => resolve());
      child.once("exit", (code) => reject(new Error(`exited with ${code}`)));
    });
  return child;
}

describe("the embedded database's lock", () => {
  it("is taken and released, naming this process and when it started", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(owner(dir)).toMatchObject({ pid: process.pid, started: expect.stringMatching(/^\d+$/), boot: expect.any(String) });
    lock.release();
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it("keeps a real second start out while the first one lives", async () => {
    const dir = freshDir();
    const lockModule = fileURLToPath(new URL("../../lib/embedded-db/lock.ts", import.meta.url));
    const first = await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `const { lockDataDir } = await import(${JSON.stringify(lockModule)}); lockDataDir(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`,
      ],
      true,
    );
    expect(owner(dir).pid).toBe(first.pid);
    expect(() => lockDataDir(dir)).toThrowError(CliError);
    expect(() => lockDataDir(dir)).toThrowError(new RegExp(`already running on the embedded database .*process ${first.pid}`));
  });

  it("takes over a lock naming a live process that is not the one that wrote it (a reboot, a reused pid)", async () => {
    const sleeper = await run("sleep", ["30"]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // As an older version wrote it (a bare pid): `sleep` is no Node process, so not the app.
    const dir = freshDir();
    writeFileSync(lockFile(dir), String(sleeper.pid));
    lockDataDir(dir).release();
    // As this version writes it, from before a reboot: the same pid, another boot and start time.
    const again = freshDir();
    writeFileSync(lockFile(again), JSON.stringify({ pid: sleeper.pid, boot: "00000000-0000-0000-0000-000000000000", started: "1" }));
    const lock = lockDataDir(again);
    expect(owner(again).pid).toBe(process.pid);
    lock.release();
    expect(sleeper.exitCode).toBeNull(); // left alone
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dir = freshDir();
    writeFileSync(lockFile(dir), "2147483646");
    const lock = lockDataDir(dir);
    expect(owner(dir).pid).toBe(process.pid);
    lock.release();
  });

  it("names the file to remove when an older lock names a live Node process it cannot be sure of", () => {
    const dir = freshDir();
    writeFileSync(lockFile(dir), String(process.ppid)); // vitest's own parent: Node, and alive
    expect(() => lockDataDir(dir)).toThrowError(CliError);
    expect(() => lockDataDir(dir)).toThrowError(`delete the file ${lockFile(dir)} and run npm start again`);
  });
});
