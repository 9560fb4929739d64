-- AlterEnum
ALTER TYPE "RetentionKind" ADD VALUE 'AUDIT_EVENTS';

-- AlterTable
ALTER TABLE "LegalHold" ADD COLUMN     "roundId" UUID,
ALTER COLUMN "personId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "RetentionRule" ADD COLUMN     "minimumMonths" INTEGER;

-- CreateTable
CREATE TABLE "AuditPrune" (
    "id" BIGSERIAL NOT NULL,
    "upToId" BIGINT NOT NULL,
    "rows" INTEGER NOT NULL,
    "olderThan" TIMESTAMP(3) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditPrune_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditPrune_upToId_key" ON "AuditPrune"("upToId");

-- CreateIndex
CREATE INDEX "LegalHold_roundId_liftedAt_idx" ON "LegalHold"("roundId", "liftedAt");
-- A hold is on a person or on a round, never both or neither; one standing hold per round.
ALTER TABLE "LegalHold" ADD CONSTRAINT "LegalHold_person_or_round" CHECK (num_nonnulls("personId", "roundId") = 1);
CREATE UNIQUE INDEX "LegalHold_one_standing_per_round" ON "LegalHold"("roundId") WHERE "liftedAt" IS NULL;

-- The audit log's rows go only through audit_prune below: the append-only trigger lets a DELETE
-- through only when it runs as the table's owner (inside that function, which is SECURITY DEFINER)
-- and only for the ids the function has named for this transaction. The app's role can set the
-- setting, but is never the owner, so it still cannot delete a row.
CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('audit.prune_up_to', true) ~ '^[0-9]+$'
     AND OLD.id <= current_setting('audit.prune_up_to', true)::bigint
     AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEvent rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Deletes the audit log's oldest sealed range up to and including the seal ending at up_to_id, when
-- every row in it is older than older_than, and records it in "AuditPrune". Never anything younger
-- than twelve months by the database's own clock, whatever the caller says: a stolen app password
-- cannot wipe recent history. Serialised with the sealer by the sealers' lock.
CREATE FUNCTION audit_prune(up_to_id BIGINT, older_than TIMESTAMP) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  pruned_to BIGINT;
  removed INTEGER;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:seal', 0));
  IF older_than > timezone('UTC', now()) - interval '12 months' THEN
    RAISE EXCEPTION 'audit rows are kept for at least twelve months, so none from after % can be deleted', older_than
      USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public."AuditSeal" WHERE "upToId" = up_to_id) THEN
    RAISE EXCEPTION 'audit rows are deleted up to the end of a seal, and no seal ends at id %', up_to_id
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT coalesce(max("upToId"), 0) INTO pruned_to FROM public."AuditPrune";
  IF up_to_id <= pruned_to THEN
    RETURN 0;
  END IF;
  IF EXISTS (SELECT 1 FROM public."AuditEvent" WHERE id > pruned_to AND id <= up_to_id AND at >= older_than) THEN
    RAISE EXCEPTION 'an audit row up to id % is not older than %', up_to_id, older_than
      USING ERRCODE = 'check_violation';
  END IF;
  PERFORM set_config('audit.prune_up_to', up_to_id::text, true);
  DELETE FROM public."AuditEvent" WHERE id > pruned_to AND id <= up_to_id;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('audit.prune_up_to', '', true);
  INSERT INTO public."AuditPrune" ("upToId", "rows", "olderThan") VALUES (up_to_id, removed, older_than);
  RETURN removed;
END
$$;

REVOKE ALL ON FUNCTION audit_prune(BIGINT, TIMESTAMP) FROM PUBLIC;

-- The audit log is kept a year at least (the form says so too; audit_prune enforces it whatever is stored).
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_audit_at_least_a_year" CHECK ("kind"::text <> 'AUDIT_EVENTS' OR "months" >= 12);
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_minimum_range" CHECK ("minimumMonths" IS NULL OR "minimumMonths" BETWEEN 1 AND 120);
