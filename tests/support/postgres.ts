import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { deployMigrations } from "../../lib/migrations/deploy";
import { findPostgresBin } from "./system-packages";

export type TestPostgres = {
  serverUrl: string;
  urlFor: (database: string, user?: string) => string;
  stop: () => void;
  /** Shuts the server down and keeps its data, as an outage would (every session is ended). */
  halt: () => void;
  /** Starts it again after halt(), on the same port with the same data. */
  resume: () => void;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway Postgres cluster in a temporary folder on a free port, torn down by stop(). */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("Postgres is not installed");
  const dir = mkdtempSync(join(tmpdir(), "mus-pg-"));
  const dataDir = join(dir, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // Postgres refuses to run as root; on these machines the tests do, so the cluster belongs to "postgres".
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", `${bin}/${command}`, ...args], { stdio: "pipe" })
      : execFileSync(`${bin}/${command}`, args, { stdio: "pipe" });
  if (asRoot) chownSync(dir, uid("postgres"), gid("postgres"));

  run("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    // Durability is worthless for a throwaway cluster; speed is not.
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
    // A benchmark's own diagnostics (BENCH_PG_STATEMENTS) load pg_stat_statements.
    ...(process.env.BENCH_PG_STATEMENTS ? ["-c shared_preload_libraries=pg_stat_statements"] : []),
  ].join(" ");
  const start = () => run("pg_ctl", ["-D", dataDir, "-o", settings, "-l", join(dir, "server.log"), "-w", "start"]);
  start();
  let running = true;

  const serverUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    serverUrl,
    urlFor: (database, user = "postgres") => `postgresql://${user}@127.0.0.1:${port}/${database}`,
    halt: () => {
      run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    resume: () => {
      start();
      running = true;
    },
    stop: () => {
      try {
        if (running) run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}"`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * The test database as production runs it: migrated by the owner ("postgres"), used by the app
 * as a login role that owns nothing ("mus_app"), so every test runs under the app's real rights.
 */
export async function createAppDatabase(postgres: TestPostgres, name: string): Promise<{ appUrl: string; ownerUrl: string }> {
  await createDatabase(postgres.serverUrl, name);
  const client = new pg.Client({ connectionString: postgres.serverUrl });
  await client.connect();
  try {
    await client.query(
      `do $$ begin if not exists (select 1 from pg_roles where rolname = 'mus_app') then create role mus_app login; end if; end $$`,
    );
  } finally {
    await client.end();
  }
  const ownerUrl = postgres.urlFor(name);
  const appUrl = postgres.urlFor(name, "mus_app");
  await deployMigrations(appUrl, ownerUrl);
  return { appUrl, ownerUrl };
}

function uid(user: string): number {
  return Number(spawnSync("id", ["-u", user]).stdout.toString().trim());
}

function gid(user: string): number {
  return Number(spawnSync("id", ["-g", user]).stdout.toString().trim());
}
