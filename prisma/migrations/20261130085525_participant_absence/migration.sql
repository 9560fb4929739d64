-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('LONG_TERM_ABSENCE', 'LEAVE', 'STARTS_LATER', 'LEAVING', 'OTHER');

-- AlterTable
ALTER TABLE "RoundParticipant" ADD COLUMN     "absence" "AbsenceReason",
ADD COLUMN     "absentSince" TIMESTAMP(3),
ADD COLUMN     "catchUpAt" TIMESTAMP(3);

-- Absent with a reason and since when, or neither.
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_absence_together" CHECK (("absence" IS NULL) = ("absentSince" IS NULL));
