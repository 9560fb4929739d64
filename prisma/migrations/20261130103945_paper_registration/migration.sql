-- AlterTable
ALTER TABLE "PlanApproval" ADD COLUMN     "registeredById" UUID;

-- AlterTable
ALTER TABLE "PreparationSheet" ADD COLUMN     "registeredById" UUID;

-- CreateTable
CREATE TABLE "PaperSheet" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "revisions" JSONB NOT NULL DEFAULT '{}',
    "registeredById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaperSheet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaperSheet_participantId_key" ON "PaperSheet"("participantId");

-- AddForeignKey
ALTER TABLE "PreparationSheet" ADD CONSTRAINT "PreparationSheet_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperSheet" ADD CONSTRAINT "PaperSheet_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperSheet" ADD CONSTRAINT "PaperSheet_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanApproval" ADD CONSTRAINT "PlanApproval_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
