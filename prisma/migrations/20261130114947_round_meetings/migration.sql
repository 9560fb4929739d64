-- CreateEnum
CREATE TYPE "RoundMeetingKind" AS ENUM ('KICKOFF', 'GRUS', 'WRAP_UP');

-- CreateTable
CREATE TABLE "RoundMeeting" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "kind" "RoundMeetingKind" NOT NULL,
    "groupId" UUID,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "location" TEXT NOT NULL,
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoundMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoundMeeting_icsUid_key" ON "RoundMeeting"("icsUid");

-- CreateIndex
CREATE INDEX "RoundMeeting_roundId_kind_idx" ON "RoundMeeting"("roundId", "kind");

-- CreateIndex
CREATE INDEX "RoundMeeting_groupId_idx" ON "RoundMeeting"("groupId");

-- AddForeignKey
ALTER TABLE "RoundMeeting" ADD CONSTRAINT "RoundMeeting_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundMeeting" ADD CONSTRAINT "RoundMeeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RoundGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
