import "server-only";
import { createPrismaClient, type Database } from "./db-client";
import { env, requireDatabaseUrl } from "./env";

// One PrismaClient per server process; kept on globalThis so dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { database?: Database };

export function db(): Database {
  globalForDb.database ??= createPrismaClient(requireDatabaseUrl(), env().DATABASE_POOL_MAX);
  return globalForDb.database;
}
