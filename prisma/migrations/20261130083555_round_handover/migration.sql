-- DropIndex
DROP INDEX "LeaderNote_participantId_key";

-- AlterTable: a note so far was its round's leader's (no round has changed hands before this).
ALTER TABLE "LeaderNote" ADD COLUMN     "authorId" UUID;
UPDATE "LeaderNote" n SET "authorId" = r."leaderId"
  FROM "RoundParticipant" p JOIN "Round" r ON r.id = p."roundId"
  WHERE p.id = n."participantId";
ALTER TABLE "LeaderNote" ALTER COLUMN "authorId" SET NOT NULL;

-- CreateTable
CREATE TABLE "RoundHandover" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "fromLeaderId" UUID NOT NULL,
    "toLeaderId" UUID NOT NULL,
    "byId" UUID NOT NULL,
    "notesHandedOver" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundHandover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoundHandover_roundId_at_idx" ON "RoundHandover"("roundId", "at");

-- CreateIndex
CREATE INDEX "RoundHandover_fromLeaderId_idx" ON "RoundHandover"("fromLeaderId");

-- CreateIndex
CREATE INDEX "RoundHandover_toLeaderId_idx" ON "RoundHandover"("toLeaderId");

-- CreateIndex
CREATE INDEX "RoundHandover_byId_idx" ON "RoundHandover"("byId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderNote_participantId_authorId_key" ON "LeaderNote"("participantId", "authorId");

-- CreateIndex
CREATE INDEX "Round_leaderId_kind_year_idx" ON "Round"("leaderId", "kind", "year");

-- AddForeignKey
ALTER TABLE "LeaderNote" ADD CONSTRAINT "LeaderNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundHandover" ADD CONSTRAINT "RoundHandover_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundHandover" ADD CONSTRAINT "RoundHandover_fromLeaderId_fkey" FOREIGN KEY ("fromLeaderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundHandover" ADD CONSTRAINT "RoundHandover_toLeaderId_fkey" FOREIGN KEY ("toLeaderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundHandover" ADD CONSTRAINT "RoundHandover_byId_fkey" FOREIGN KEY ("byId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
