import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { appServerArgs } from "../../../lib/cli/process";
import { oidcClient } from "../../support/oidc-server";

// The app as the browser tests run it: one instance started by Playwright (see the config), and
// more started by the specs that need two instances behind one Postgres or a server that dies.

export const mainPort = Number(process.env.E2E_PORT ?? 3100);

export function appServerEnv(port: number): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_POOL_MAX: "4",
    DEMO_MODE: "1",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-for-next-auth",
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`,
    MAIL_FROM: "MUS og LUS <mus@vesteraa.example>",
    OIDC_ISSUER: `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3200}`,
    OIDC_CLIENT_ID: oidcClient.id,
    OIDC_CLIENT_SECRET: oidcClient.secret,
    OIDC_NAME: "Vesterå Login",
    OIDC_EMPLOYEE_NUMBER_CLAIM: "employee_number",
  };
}

export const startCommand = (port: number) => `node ${appServerArgs(port, "127.0.0.1").join(" ")}`;

export type AppServer = { url: string; kill: () => Promise<void>; stop: (graceMs?: number) => Promise<void> };

/** Starts another instance of the built app on `port` (with `env` on top, e.g. its own database) and waits until it answers. */
export async function startAppServer(port: number, env: Record<string, string> = {}): Promise<AppServer> {
  const child: ChildProcess = spawn("node", appServerArgs(port, "127.0.0.1"), {
    cwd: fileURLToPath(new URL("../../..", import.meta.url)),
    env: { ...process.env, ...appServerEnv(port), ...env },
    stdio: "ignore",
    detached: true, // its own process group, so a kill reaches every process it started
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app did not start on port ${port}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    // SIGKILL: no shutdown hooks, no flushing. What was acknowledged must already be in Postgres.
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      process.kill(-child.pid!, "SIGKILL");
      await exited;
    },
    // SIGTERM, as a rolling restart stops it: refused when it has not ended within the grace
    // (open plan streams that were not closed would hold it), and then killed.
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      process.kill(-child.pid!, "SIGTERM");
      const timedOut = await Promise.race([exited.then(() => false), new Promise((done) => setTimeout(() => done(true), graceMs))]);
      if (timedOut) {
        process.kill(-child.pid!, "SIGKILL");
        await exited;
        throw new Error(`the app on port ${port} did not stop within ${graceMs} ms of SIGTERM`);
      }
    },
  };
}
