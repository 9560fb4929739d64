-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "state" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanUpdate" (
    "id" BIGSERIAL NOT NULL,
    "planId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_participantId_key" ON "Plan"("participantId");

-- CreateIndex
CREATE INDEX "PlanUpdate_planId_id_idx" ON "PlanUpdate"("planId", "id");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUpdate" ADD CONSTRAINT "PlanUpdate_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
