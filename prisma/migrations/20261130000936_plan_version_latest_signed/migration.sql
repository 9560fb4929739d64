-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "latestSigned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "municipalityId" UUID;

-- CreateIndex
CREATE INDEX "PlanVersion_municipalityId_latestSigned_filedAt_signedAt_id_idx" ON "PlanVersion"("municipalityId", "latestSigned", "filedAt", "signedAt", "id");

-- The two columns are the trigger's alone. On insert it copies the plan's municipality (a plan never
-- moves), and whenever a version becomes signed it takes over "latest signed" from the plan's
-- older versions, unless a newer one is signed already. The UPDATE below sets only latestSigned,
-- so it does not fire the trigger again (it listens to signedAt).
CREATE FUNCTION plan_version_latest_signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW."municipalityId" := (
      SELECT r."municipalityId" FROM "Plan" pl
      JOIN "RoundParticipant" p ON p.id = pl."participantId" JOIN "Round" r ON r.id = p."roundId"
      WHERE pl.id = NEW."planId");
  END IF;
  IF NEW."signedAt" IS NOT NULL AND (TG_OP = 'INSERT' OR OLD."signedAt" IS NULL) THEN
    UPDATE "PlanVersion" SET "latestSigned" = false
      WHERE "planId" = NEW."planId" AND number < NEW.number AND "latestSigned";
    NEW."latestSigned" := NOT EXISTS (
      SELECT 1 FROM "PlanVersion" WHERE "planId" = NEW."planId" AND number > NEW.number AND "signedAt" IS NOT NULL);
  ELSIF NEW."signedAt" IS NULL THEN
    NEW."latestSigned" := false;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER plan_version_latest_signed
  BEFORE INSERT OR UPDATE OF "signedAt" ON "PlanVersion"
  FOR EACH ROW EXECUTE FUNCTION plan_version_latest_signed();

-- The versions already there.
UPDATE "PlanVersion" v SET "municipalityId" = r."municipalityId"
  FROM "Plan" pl JOIN "RoundParticipant" p ON p.id = pl."participantId" JOIN "Round" r ON r.id = p."roundId"
  WHERE pl.id = v."planId";
UPDATE "PlanVersion" v SET "latestSigned" = true
  FROM (SELECT DISTINCT ON ("planId") id FROM "PlanVersion" WHERE "signedAt" IS NOT NULL ORDER BY "planId", number DESC) latest
  WHERE v.id = latest.id;
