-- The database, not the app, stamps an audit row's time: the sealer relies on `at` (lib/audit/seal.ts),
-- and a row stamped in the future would hold sealing back for good. The app's role may not insert
-- `id` or `at` at all (column grants, lib/migrations/app-role.ts), so this default is what every row gets.
-- Truncated to the column's milliseconds, never rounded up: a row's `at` is never later than its insert.
-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "at" SET DEFAULT date_trunc('milliseconds'::text, timezone('UTC'::text, clock_timestamp()));

-- Whether a refused link request went into the audit log: refusal rows are capped per address and in all.
-- AlterTable
ALTER TABLE "SignInRequest" ADD COLUMN     "audited" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "SignInRequest_audited_createdAt_idx" ON "SignInRequest"("audited", "createdAt");

-- The app's role seals through this function only (it has no INSERT on "AuditSeal"): a seal must
-- continue the last one and cover exactly the rows that exist in its range, so no seal can claim ids
-- that do not exist yet (an upToId far ahead would stop sealing for good). It runs as the owner;
-- the search path is fixed so that no object of the caller's can stand in for the tables.
CREATE FUNCTION audit_seal_append(after_id BIGINT, up_to_id BIGINT, row_count INTEGER, seal_hash BYTEA)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  last_up_to BIGINT;
  found_count BIGINT;
BEGIN
  -- The sealers' own lock (lib/audit/seal.ts): a caller that did not take it waits for one that did.
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:seal', 0));
  SELECT coalesce(max("upToId"), 0) INTO last_up_to FROM public."AuditSeal";
  IF after_id IS DISTINCT FROM last_up_to THEN
    RAISE EXCEPTION 'an audit seal must continue the last one (after id %), not start after id %', last_up_to, after_id
      USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public."AuditEvent" WHERE id = up_to_id) THEN
    RAISE EXCEPTION 'an audit seal must end at an existing audit row, and id % is none', up_to_id
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT count(*) INTO found_count FROM public."AuditEvent" WHERE id > after_id AND id <= up_to_id;
  IF row_count IS DISTINCT FROM found_count THEN
    RAISE EXCEPTION 'an audit seal must count the rows in its range: % found, % given', found_count, row_count
      USING ERRCODE = 'check_violation';
  END IF;
  INSERT INTO public."AuditSeal" ("afterId", "upToId", "count", "hash") VALUES (after_id, up_to_id, row_count, seal_hash);
END
$$;

REVOKE ALL ON FUNCTION audit_seal_append(BIGINT, BIGINT, INTEGER, BYTEA) FROM PUBLIC;
