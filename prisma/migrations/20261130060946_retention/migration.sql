-- CreateEnum
CREATE TYPE "RetentionKind" AS ENUM ('SHEET_TEXTS', 'SHEET_SCORES', 'PLAN_DRAFTS', 'SIGNED_PLANS', 'DEACTIVATED_PEOPLE', 'MAIL', 'SESSIONS');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RetentionRule" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "kind" "RetentionKind" NOT NULL,
    "months" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "RetentionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeletionRun" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "actorId" UUID,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DeletionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeletionCount" (
    "runId" UUID NOT NULL,
    "kind" "RetentionKind" NOT NULL,
    "months" INTEGER NOT NULL,
    "cutoff" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DeletionCount_pkey" PRIMARY KEY ("runId","kind")
);

-- CreateTable
CREATE TABLE "RetentionLease" (
    "municipalityId" UUID NOT NULL,
    "leaseUntil" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),

    CONSTRAINT "RetentionLease_pkey" PRIMARY KEY ("municipalityId")
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_municipalityId_kind_key" ON "RetentionRule"("municipalityId", "kind");

-- CreateIndex
CREATE INDEX "DeletionRun_municipalityId_startedAt_idx" ON "DeletionRun"("municipalityId", "startedAt");

-- AddForeignKey
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeletionRun" ADD CONSTRAINT "DeletionRun_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeletionCount" ADD CONSTRAINT "DeletionCount_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DeletionRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionLease" ADD CONSTRAINT "RetentionLease_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A period is whole months, at least one (zero would delete at the event itself) and at most ten years.
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_months_range" CHECK ("months" BETWEEN 1 AND 120);
