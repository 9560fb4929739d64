-- AlterTable
ALTER TABLE "PrivacySettings" ADD COLUMN     "withholdLeaderNotes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "withholdLeaderNotesReason" TEXT NOT NULL DEFAULT '';
