import { spawn, type SpawnOptions } from "node:child_process";
import { CliError } from "../cli-error";

/** Runs a command with inherited output and resolves when it exits 0. */
export function runProcess(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new CliError(`${[command, ...args].join(" ")} failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}

export const nextBin = "node_modules/next/dist/bin/next";

/**
 * The app's web server (lib/server/main.ts: Next, with the live plan's routes answered beside it)
 * as node's arguments. Run from the project's folder. `dev`: Next's development server (hot reload).
 */
export const appServerArgs = (port: number | string, hostname: string, { dev = false }: { dev?: boolean } = {}): string[] => [
  "--import",
  "./lib/server/without-server-only.mjs",
  "--import",
  "tsx",
  "lib/server/main.ts",
  "--port",
  String(port),
  "--hostname",
  hostname,
  ...(dev ? ["--dev"] : []),
];
