-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "lastSeq" BIGINT NOT NULL DEFAULT 0;

-- Plans written before: the latest update each has.
UPDATE "Plan" pl SET "lastSeq" = u.last
FROM (SELECT "planId", max(id) AS last FROM "PlanUpdate" GROUP BY "planId") u
WHERE u."planId" = pl.id;
