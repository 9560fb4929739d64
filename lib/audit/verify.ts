import type { Sql } from "../db-client";
import { canonicalColumns, chainHash, genesisHash, type CanonicalRow } from "./canonical";
import { sealMarginSeconds } from "./seal";

// Walks the whole audit log in id order, recomputes the hash chain and compares it with every
// seal. Each seal is checked from the hash stored in the seal before it, so one damaged range is
// reported once and the seals after it are still checked on their own. The ranges the retention
// job deleted (through audit_prune, recorded in "AuditPrune") are expected to be empty: their seals
// stay, so the first range after them is checked from the last deleted seal's hash. A row still
// there in a deleted range is reported, as a row added late would be.

export type SealProblem =
  | "rows-removed" // fewer rows in the range than were sealed
  | "rows-added" // more rows than were sealed: inserted late (or ids reused)
  | "rows-changed" // as many rows as were sealed, but a different hash
  | "seal-missing"; // the seal does not continue the one before it

export type SealCheck = {
  sealId: string;
  afterId: string;
  upToId: string;
  sealedCount: number;
  foundCount: number;
  sealedAt: string;
  problem: SealProblem | null;
  /** The range was deleted by the retention job (its rows are gone on purpose). */
  pruned: boolean;
};

export type AuditVerification = {
  ok: boolean;
  rows: number;
  seals: SealCheck[];
  unsealedRows: number;
  /** How long ago the first row after the last seal was written; null when every row is sealed. */
  oldestUnsealedSeconds: number | null;
  headHash: string | null;
};

/**
 * Past this age an unsealed row means sealing has stopped (the jobs are off, or something holds the
 * sealer back): rows normally wait the margin, plus an open transaction's length, plus one job interval.
 */
export const sealingStalledAfterSeconds = sealMarginSeconds + 3600;

/**
 * The age in seconds of the first audit row after the last seal (none: no row). One index lookup
 * each, so the health check can ask it too.
 */
export const oldestUnsealedAgeQuery = `
  select extract(epoch from (timezone('UTC', clock_timestamp()) - entry.at))::float8 as seconds
  from "AuditEvent" entry
  where entry.id > coalesce((select max(seal."upToId") from "AuditSeal" seal), 0)
  order by entry.id limit 1`;

type SealRow = { id: string; afterId: string; upToId: string; count: number; hash: Buffer; at: string };

const pageSize = 5000;

function problemOf(seal: SealRow, expectedAfterId: string, foundCount: number, hash: Buffer, pruned: boolean): SealProblem | null {
  if (seal.afterId !== expectedAfterId) return "seal-missing";
  if (pruned) return foundCount === 0 ? null : "rows-added";
  if (foundCount < seal.count) return "rows-removed";
  if (foundCount > seal.count) return "rows-added";
  return hash.equals(seal.hash) ? null : "rows-changed";
}

/** Give it a transaction at REPEATABLE READ, so the rows and the seals are read from one snapshot. */
export async function verifyAuditLog(sql: Sql): Promise<AuditVerification> {
  const seals = await sql<SealRow>(
    `select seal.id::text as id, seal."afterId"::text as "afterId", seal."upToId"::text as "upToId", seal.count, seal.hash,
            to_char(seal.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
     from "AuditSeal" seal order by seal."upToId"`,
  );
  const [{ prunedTo }] = await sql<{ prunedTo: string }>(`select coalesce(max("upToId"), 0)::text as "prunedTo" from "AuditPrune"`);
  const checks: SealCheck[] = [];
  let index = 0;
  let hash: Buffer = genesisHash;
  let inRange = 0;
  let rows = 0;
  let previousUpTo = "0";

  const closeSeal = () => {
    const seal = seals[index];
    const pruned = BigInt(seal.upToId) <= BigInt(prunedTo);
    checks.push({
      sealId: seal.id,
      afterId: seal.afterId,
      upToId: seal.upToId,
      sealedCount: seal.count,
      foundCount: inRange,
      sealedAt: seal.at,
      problem: problemOf(seal, previousUpTo, inRange, hash, pruned),
      pruned,
    });
    // The next seal is checked from this seal's own hash, whether this range held or not.
    hash = seal.hash;
    inRange = 0;
    previousUpTo = seal.upToId;
    index += 1;
  };

  let lastId = "0";
  for (;;) {
    const page = await sql<CanonicalRow>(
      `select ${canonicalColumns} from "AuditEvent" entry where entry.id > $1::bigint order by entry.id limit ${pageSize}`,
      [lastId],
    );
    for (const row of page) {
      while (index < seals.length && BigInt(row.id) > BigInt(seals[index].upToId)) closeSeal();
      hash = chainHash(hash, row);
      inRange += 1;
      rows += 1;
    }
    if (page.length < pageSize) break;
    lastId = page[page.length - 1].id;
  }
  while (index < seals.length) closeSeal();
  const [oldest] = await sql<{ seconds: number }>(oldestUnsealedAgeQuery);

  return {
    ok: checks.every((check) => check.problem === null),
    rows,
    seals: checks,
    unsealedRows: inRange,
    oldestUnsealedSeconds: oldest ? Math.max(0, Math.round(oldest.seconds)) : null,
    headHash: seals.length > 0 ? seals[seals.length - 1].hash.toString("hex") : null,
  };
}
