-- CreateEnum
CREATE TYPE "AnswerLayout" AS ENUM ('CONTRIBUTE_CHALLENGES', 'REFLECTION');

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "answerLayout" "AnswerLayout" NOT NULL DEFAULT 'CONTRIBUTE_CHALLENGES',
ADD COLUMN     "hasScores" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "RoundTemplate" ADD COLUMN     "answerLayout" "AnswerLayout" NOT NULL DEFAULT 'CONTRIBUTE_CHALLENGES',
ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "hasScores" BOOLEAN NOT NULL DEFAULT true;

-- A template an administrator has saved is the municipality's own: it keeps its text and gets the
-- scores (the default above). The sign of a save is its audit event, or, where the audit log has been
-- pruned, a row changed well after it was made (nothing but an administrator's save updates a template).
-- A shipped template never saved stays "not edited", and the server's start brings it up to the shipped
-- text of today (lib/domain/templates/shipped.ts): Tønder without scores, the vitalisation template
-- with one reflection per dimension. Rounds already made keep their scores and their answer boxes.
UPDATE "RoundTemplate" t SET "editedAt" = t."updatedAt"
WHERE EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'template.update' AND a."resourceId" = t.id::text)
   OR t."updatedAt" > t."createdAt" + interval '1 second';
