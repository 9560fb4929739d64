-- CreateEnum
CREATE TYPE "PlanFilingScope" AS ENUM ('FULL', 'AGREEMENTS');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "planFilingScope" "PlanFilingScope" NOT NULL DEFAULT 'FULL';

-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "employeeComment" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "filedAt" TIMESTAMP(3),
ADD COLUMN     "filedById" UUID;
