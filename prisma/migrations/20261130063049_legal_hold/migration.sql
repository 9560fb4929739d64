-- CreateTable
CREATE TABLE "LegalHold" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,
    "liftedAt" TIMESTAMP(3),
    "liftedById" UUID,

    CONSTRAINT "LegalHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalHold_personId_liftedAt_idx" ON "LegalHold"("personId", "liftedAt");

-- AddForeignKey
ALTER TABLE "LegalHold" ADD CONSTRAINT "LegalHold_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One standing hold per person: the same hold asked for twice at once is refused, not doubled.
CREATE UNIQUE INDEX "LegalHold_one_standing_per_person" ON "LegalHold"("personId") WHERE "liftedAt" IS NULL;
