import { withSqlTransaction, type Database, type Sql } from "../db-client";
import { canonicalColumns, chainHash, genesisHash, type CanonicalRow } from "./canonical";

// Seals the audit log in the background, so writers never wait for the chain: an audit row stays a
// plain insert in the writer's transaction, and this job later hashes the rows in id order and stores a
// seal per batch (AuditSeal). One process seals at a time (a transaction-level advisory lock; the
// others skip), and AuditSeal.afterId is unique, so the chain cannot fork even if two got through.
//
// A seal must never cover an id that can still appear, or that row would later look "inserted
// late". Ids come from a sequence when a row is inserted, and commit order differs from id order.
// So only a prefix of ids is sealed: rows up to, not including, the first row younger than the
// cutoff, which is `margin` before the oldest client transaction still open on this database (or
// before now; autovacuum and other server processes never insert audit rows). The cutoff is read in
// a statement of its own before the rows are (the transaction is READ COMMITTED, so the rows are read
// from a later snapshot): a transaction open then shows in pg_stat_activity, and
// one that starts later stamps its rows after the cutoff, so every row stamped before the cutoff has
// committed by the time the rows are read. `at` is stamped by the database as the row is inserted
// (the app's role may not set it; truncated to milliseconds, so a row counts as younger than the cutoff
// whenever it may have been inserted after it), so only a transaction hidden from pg_stat_activity (another
// role's) open for longer than the margin could still add a row below the cutoff.
//
// The app's role writes a seal only through audit_seal_append, which checks that it continues the
// last seal and counts exactly the rows in its range (the migration 20261129233000_audit_hardening).

export const sealMarginSeconds = 120;
export const sealBatchSize = 5000;

type LastSeal = { upToId: string; hash: Buffer };

export type SealOptions = { marginSeconds?: number; batchSize?: number };
export type SealResult = { seals: number; rows: number };

/** One batch in the caller's transaction: the rows it sealed, or null when another process is sealing. */
export async function sealOneBatch(sql: Sql, marginSeconds: number, batchSize: number): Promise<number | null> {
  // Keyed like the app's other advisory locks (a hash of a name); every process uses the same one.
  const [{ locked }] = await sql<{ locked: boolean }>("select pg_try_advisory_xact_lock(hashtextextended('audit:seal', 0)) as locked");
  if (!locked) return null;

  const [last] = await sql<LastSeal>(
    `select seal."upToId"::text as "upToId", seal.hash from "AuditSeal" seal order by seal."upToId" desc limit 1`,
  );
  const afterId = last?.upToId ?? "0";
  const [{ cutoff }] = await sql<{ cutoff: string }>(
    `select to_char((least(now(), coalesce(
              (select min(xact_start) from pg_stat_activity
                where datname = current_database() and backend_type = 'client backend'
                  and pid <> pg_backend_pid() and xact_start is not null),
              now())) - make_interval(secs => $1::float8)) at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as cutoff`,
    [marginSeconds],
  );
  const rows = await sql<CanonicalRow>(
    `with young as (
       select min(e.id) as id from "AuditEvent" e where e.id > $1::bigint and e.at > $2::timestamp - interval '1 millisecond'
     )
     select ${canonicalColumns} from "AuditEvent" entry
     where entry.id > $1::bigint and entry.id < coalesce((select id from young), 9223372036854775807)
     order by entry.id limit $3::int`,
    [afterId, cutoff, batchSize],
  );
  if (rows.length === 0) return 0;

  let hash = last?.hash ?? genesisHash;
  for (const row of rows) hash = chainHash(hash, row);
  await sql(`select audit_seal_append($1::bigint, $2::bigint, $3::int, $4::bytea)`, [afterId, rows[rows.length - 1].id, rows.length, hash]);
  return rows.length;
}

/** Seals every settled audit row not sealed yet, one batch per transaction. Returns what it sealed. */
export async function sealAuditLog(database: Database, options: SealOptions = {}): Promise<SealResult> {
  const marginSeconds = options.marginSeconds ?? sealMarginSeconds;
  const batchSize = options.batchSize ?? sealBatchSize;
  const result: SealResult = { seals: 0, rows: 0 };
  for (;;) {
    const sealed = await withSqlTransaction(database, (sql) => sealOneBatch(sql, marginSeconds, batchSize));
    if (!sealed) return result;
    result.seals += 1;
    result.rows += sealed;
    if (sealed < batchSize) return result;
  }
}
