import "server-only";
import { createPrismaClient, type Database } from "./db-client";
import { env, requireDatabaseUrl } from "./env";
import { startJobLoop } from "./jobs/loop";

// One PrismaClient per server process; kept on globalThis so dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { database?: Database };

export function db(): Database {
  if (!globalForDb.database) {
    globalForDb.database = createPrismaClient(requireDatabaseUrl(), env().DATABASE_POOL_MAX);
    startJobLoop(globalForDb.database);
  }
  return globalForDb.database;
}
