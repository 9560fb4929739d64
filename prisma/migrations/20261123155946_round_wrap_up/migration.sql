-- CreateEnum
CREATE TYPE "JointActionStatus" AS ENUM ('OPEN', 'DONE', 'CARRIED_OVER');

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "feedbackPublished" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "feedbackPublishedAt" TIMESTAMP(3),
ADD COLUMN     "previousRoundId" UUID;

-- AlterTable
ALTER TABLE "RoundParticipant" ADD COLUMN     "carriedOverAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RoundNote" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "revisions" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoundNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointAction" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "what" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "who" TEXT NOT NULL,
    "followUpHow" TEXT NOT NULL,
    "status" "JointActionStatus" NOT NULL DEFAULT 'OPEN',
    "carriedFrom" TEXT NOT NULL DEFAULT '',
    "remindedFor" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JointAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WrapUpSettlement" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "actionIndex" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "settledById" UUID NOT NULL,
    "settledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WrapUpSettlement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoundNote_roundId_key_key" ON "RoundNote"("roundId", "key");

-- CreateIndex
CREATE INDEX "JointAction_roundId_position_idx" ON "JointAction"("roundId", "position");

-- CreateIndex
CREATE INDEX "JointAction_dueDate_idx" ON "JointAction"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "WrapUpSettlement_planId_versionNumber_actionIndex_key" ON "WrapUpSettlement"("planId", "versionNumber", "actionIndex");

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_previousRoundId_fkey" FOREIGN KEY ("previousRoundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundNote" ADD CONSTRAINT "RoundNote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrapUpSettlement" ADD CONSTRAINT "WrapUpSettlement_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A settlement is one of the three decisions the wrap-up page offers.
ALTER TABLE "WrapUpSettlement" ADD CONSTRAINT "WrapUpSettlement_decision_check" CHECK ("decision" IN ('agreed', 'adjusted', 'declined'));
