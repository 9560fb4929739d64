import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "@/lib/cli-error";
import { lockDataDir } from "@/lib/embedded-db/lock";

const freshDir = () => mkdtempSync(join(tmpdir(), "mus-lock-"));

describe("the embedded database's lock", () => {
  it("is taken and released", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, "lock.pid"), "utf8")).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dir, "lock.pid"))).toBe(false);
  });

  it("keeps a second start out while the first one lives", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "lock.pid"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrowError(CliError);
    expect(() => lockDataDir(dir)).toThrowError(/already running/);
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "lock.pid"), "2147483646");
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, "lock.pid"), "utf8")).toBe(String(process.pid));
    lock.release();
  });
});
