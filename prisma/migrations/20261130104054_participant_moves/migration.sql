-- CreateEnum
CREATE TYPE "ManagerChangeRule" AS ENUM ('FOLLOW_NEW_LEADER', 'STAY_WITH_OLD_LEADER');

-- CreateEnum
CREATE TYPE "ParticipantMoveOutcome" AS ENUM ('MOVED', 'ASKED', 'STAYED_HELD', 'STAYED_RULE');

-- AlterEnum
ALTER TYPE "AbsenceReason" ADD VALUE 'NEW_LEADER';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "managerChangeRule" "ManagerChangeRule" NOT NULL DEFAULT 'FOLLOW_NEW_LEADER';

-- CreateTable
CREATE TABLE "ParticipantMove" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "fromParticipantId" UUID NOT NULL,
    "fromLeaderId" UUID NOT NULL,
    "toLeaderId" UUID,
    "toParticipantId" UUID,
    "outcome" "ParticipantMoveOutcome" NOT NULL,
    "answersLeft" INTEGER NOT NULL DEFAULT 0,
    "byId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ParticipantMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParticipantMove_fromParticipantId_idx" ON "ParticipantMove"("fromParticipantId");

-- CreateIndex
CREATE INDEX "ParticipantMove_toParticipantId_idx" ON "ParticipantMove"("toParticipantId");

-- CreateIndex
CREATE INDEX "ParticipantMove_toLeaderId_resolvedAt_idx" ON "ParticipantMove"("toLeaderId", "resolvedAt");

-- CreateIndex
CREATE INDEX "ParticipantMove_personId_idx" ON "ParticipantMove"("personId");

-- AddForeignKey
ALTER TABLE "ParticipantMove" ADD CONSTRAINT "ParticipantMove_fromParticipantId_fkey" FOREIGN KEY ("fromParticipantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantMove" ADD CONSTRAINT "ParticipantMove_toParticipantId_fkey" FOREIGN KEY ("toParticipantId") REFERENCES "RoundParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantMove" ADD CONSTRAINT "ParticipantMove_toLeaderId_fkey" FOREIGN KEY ("toLeaderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
