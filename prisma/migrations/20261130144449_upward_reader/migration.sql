-- AlterTable
ALTER TABLE "UpwardSurvey" ADD COLUMN     "readerId" UUID;

-- Questionnaires already open: read by the round's leader of today.
UPDATE "UpwardSurvey" s SET "readerId" = r."leaderId" FROM "Round" r WHERE r.id = s."roundId" AND s."openedAt" IS NOT NULL;
