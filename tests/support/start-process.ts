import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./postgres";

// Runs `npm start`'s script the way a person does, in a process group of its own so that a
// test can press Ctrl-C (SIGINT to the whole group) exactly as a terminal would.

export type StartedApp = {
  child: ChildProcess;
  port: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  pressCtrlC: () => void;
};

export function tempDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), "mus-start-")), "data");
}

export async function startApp(env: Record<string, string>, port?: number): Promise<StartedApp> {
  const chosenPort = port ?? (await freePort());
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.MIGRATION_DATABASE_URL;
  // tsx runs as a loader inside the one process (not its CLI, whose signal relay may SIGKILL a busy child).
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    env: { ...inherited, PORT: String(chosenPort), ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  return {
    child,
    port: chosenPort,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput: async (pattern, timeoutMs = 90_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out + err)) {
        if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before ${pattern}:\n${out}\n${err}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${out}\n${err}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    pressCtrlC: () => process.kill(-child.pid!, "SIGINT"),
  };
}

export async function waitForHealthy(port: number, timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app on port ${port} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The lines a person reads on the terminal, without npm's or Node's noise. */
export function meaningfulLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
