-- AlterTable
ALTER TABLE "OutgoingMail" ADD COLUMN     "deadAt" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "OutgoingMail_nextAttemptAt_id_idx" ON "OutgoingMail"("nextAttemptAt", "id");
