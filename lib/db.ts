import "server-only";
import { createPrismaClient, type Database } from "./db-client";
import { env, requireDatabaseUrl } from "./env";

// One PrismaClient per server process and per copy of this module, kept on globalThis so dev-mode
// reloads and Next's several server chunks reuse it. Two copies run in the app's server process:
// Next's bundles (built with NEXT_RUNTIME set) and the live-plan server (lib/server), which serves
// the plan's keystroke routes beside Next and loads the source directly. Each keeps a client of
// its own: the generated client's error classes are compared with instanceof, and an error thrown
// by one copy's client is not an instance of the other copy's class. Asking for the database starts
// nothing: the background jobs are started by the server's entry point (lib/server/main.ts) only,
// so a script or a test that reads the database sends no mail.
const inNext = Boolean(process.env.NEXT_RUNTIME);
const key = inNext ? "database" : "databaseOutsideNext";
const globalForDb = globalThis as unknown as Record<typeof key, Database | undefined>;

export function db(): Database {
  let database = globalForDb[key];
  if (!database) {
    const { DATABASE_POOL_MAX, EMBEDDED_DATABASE, DATABASE_PREPARED_STATEMENTS } = env();
    database = globalForDb[key] = createPrismaClient(requireDatabaseUrl(), DATABASE_POOL_MAX, {
      prepareStatements: DATABASE_PREPARED_STATEMENTS && !EMBEDDED_DATABASE,
    });
  }
  return database;
}
