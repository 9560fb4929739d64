import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;
/** The client inside `$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** A PrismaClient on node-postgres. Used by the app (through lib/db.ts), the CLI and the tests alike. */
export function createPrismaClient(connectionString: string, poolMax = 10): Database {
  const adapter = new PrismaPg({
    connectionString,
    max: poolMax,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
