-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "helpContactEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "helpContactName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "helpContactPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "helpContactTitle" TEXT NOT NULL DEFAULT '';
