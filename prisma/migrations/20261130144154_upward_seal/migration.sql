-- AlterTable
ALTER TABLE "UpwardSurvey" ADD COLUMN     "sealedAt" TIMESTAMP(3),
ADD COLUMN     "threshold" INTEGER;
