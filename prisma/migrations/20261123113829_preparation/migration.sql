-- CreateEnum
CREATE TYPE "SheetState" AS ENUM ('DRAFT', 'SUBMITTED');

-- AlterTable
ALTER TABLE "RoundParticipant" ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PreparationSheet" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "state" "SheetState" NOT NULL DEFAULT 'DRAFT',
    "fields" JSONB NOT NULL DEFAULT '{}',
    "revisions" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreparationSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaderNote" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "revisions" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LeaderNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PreparationSheet_participantId_key" ON "PreparationSheet"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderNote_participantId_key" ON "LeaderNote"("participantId");

-- AddForeignKey
ALTER TABLE "PreparationSheet" ADD CONSTRAINT "PreparationSheet_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderNote" ADD CONSTRAINT "LeaderNote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
