import { createPrismaClient, type Database } from "../../lib/db-client";

// Integration tests run against the real Postgres the test command starts (DATABASE_URL).

let client: Database | undefined;
let ownerClient: Database | undefined;

export function testDatabase(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests with `npm test`");
  client ??= createPrismaClient(url, 4);
  return client;
}

/**
 * The tables' owner on the same database: the app's role (DATABASE_URL) may not empty the audit
 * log, so only the tests' reset, as an owner's maintenance session would, uses this one.
 */
export function ownerDatabase(): Database {
  const url = process.env.TEST_OWNER_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("TEST_OWNER_DATABASE_URL is not set: run the tests with `npm test`");
  ownerClient ??= createPrismaClient(url, 2);
  return ownerClient;
}

/** Empties every table but the migration history, in one statement. */
export async function resetDatabase(database: Database = ownerDatabase()): Promise<void> {
  const tables = await database.$queryRaw<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"public"."${tablename}"`).join(", ");
  // The audit log refuses TRUNCATE (append-only); the test cluster's superuser may pass that
  // guard for this one statement, as a maintenance session would.
  await database.$transaction([
    database.$executeRawUnsafe("set local session_replication_role = replica"),
    database.$executeRawUnsafe(`truncate table ${list} cascade`),
  ]);
}
