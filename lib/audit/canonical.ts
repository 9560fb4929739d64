import { createHash } from "node:crypto";

// The audit log's hash chain hashes each row in one canonical form, so that sealing and verifying,
// on any server, years apart, see the same bytes. Every column is read as text by Postgres itself:
// the timestamp through to_char (no TimeZone or DateStyle involved; `at` holds UTC, as the database stamps
// it), jsonb as Postgres' own normalised output (keys sorted, fixed spacing), uuids and the id in their
// one text form. The row is then a JSON array of those strings and nulls: quoting makes every
// separator unambiguous and null distinct from the text "null". A new AuditEvent column needs a new
// version of this form; the version tag is hashed with every row.

export const canonicalVersion = "audit-v1";

/**
 * The select list that reads one AuditEvent row as the text fields the canonical form is made of.
 * Its `id` is text, so a query must order by the table's column (`order by entry.id`), never by `id`.
 */
export const canonicalColumns = `
  id::text as id,
  to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
  "actorId"::text as "actorId",
  action,
  "resourceKind",
  "resourceId",
  "subjectId"::text as "subjectId",
  purpose,
  details::text as details`;

export type CanonicalRow = {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  resourceKind: string;
  resourceId: string | null;
  subjectId: string | null;
  purpose: string | null;
  details: string | null;
};

export function canonicalAuditRow(row: CanonicalRow): string {
  return JSON.stringify([
    canonicalVersion,
    row.id,
    row.at,
    row.actorId,
    row.action,
    row.resourceKind,
    row.resourceId,
    row.subjectId,
    row.purpose,
    row.details,
  ]);
}

/** Where the chain starts: the hash "before" the first row. */
export const genesisHash: Buffer = Buffer.alloc(32);

/** The next link: SHA-256 over the previous hash (always 32 bytes) followed by the row's canonical form. */
export function chainHash(previous: Buffer, row: CanonicalRow): Buffer {
  return createHash("sha256").update(previous).update(canonicalAuditRow(row), "utf8").digest();
}
