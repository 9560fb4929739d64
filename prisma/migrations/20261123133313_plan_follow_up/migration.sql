-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "followUpDate" DATE,
ADD COLUMN     "followUpMailedFor" DATE;

-- CreateTable
CREATE TABLE "PlanFollowUp" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "actionStates" JSONB NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpMeeting" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "location" TEXT NOT NULL,
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanFollowUp_planId_heldOn_idx" ON "PlanFollowUp"("planId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpMeeting_planId_key" ON "FollowUpMeeting"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpMeeting_icsUid_key" ON "FollowUpMeeting"("icsUid");

-- CreateIndex
CREATE INDEX "Plan_followUpDate_idx" ON "Plan"("followUpDate");

-- AddForeignKey
ALTER TABLE "PlanFollowUp" ADD CONSTRAINT "PlanFollowUp_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpMeeting" ADD CONSTRAINT "FollowUpMeeting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A mini-MUS is short; a booking outside these bounds is a typing error.
ALTER TABLE "FollowUpMeeting" ADD CONSTRAINT "FollowUpMeeting_duration_check" CHECK ("durationMinutes" BETWEEN 5 AND 240);
