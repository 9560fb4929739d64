import pg from "pg";
import { CliError } from "../cli-error";
import { describeDatabaseError } from "../database-errors";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../embedded-db/server";
import { env, requireDatabaseUrl } from "../env";

export type DatabaseTarget = { url: string; embedded: EmbeddedDatabase | null };

/** Fails with one clear line when the database cannot be reached. */
export async function probeDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new CliError(describeDatabaseError(error, url));
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL when set; otherwise the embedded database under DATA_DIR, started here. */
export async function openDatabaseTarget(beforeOpen?: () => Promise<void>): Promise<DatabaseTarget> {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) {
    const url = requireDatabaseUrl(); // with TLS demanded, when DATABASE_REQUIRE_TLS says so
    await beforeOpen?.();
    await probeDatabase(url);
    return { url, embedded: null };
  }
  const embedded = await startEmbeddedDatabase(DATA_DIR, beforeOpen);
  return { url: embedded.url, embedded };
}

export async function withDatabaseTarget<T>(work: (target: DatabaseTarget) => Promise<T>): Promise<T> {
  const target = await openDatabaseTarget();
  try {
    return await work(target);
  } finally {
    await target.embedded?.stop();
  }
}
