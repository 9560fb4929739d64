-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('PERMANENT', 'FIXED_TERM', 'HOURLY', 'TRAINEE');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "inviteHourlySubstitutes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "minimumEmploymentMonths" INTEGER,
ADD COLUMN     "seniorConversationAge" INTEGER DEFAULT 60;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "employmentStart" DATE,
ADD COLUMN     "employmentType" "EmploymentType",
ADD COLUMN     "senior" BOOLEAN;

-- Rules the Prisma schema language cannot state (the drift check ignores CHECK constraints); the
-- app's own limits (lib/domain/people/employment.ts, lib/domain/organisation/participant-settings.ts) are the same or tighter.
ALTER TABLE "Person" ADD CONSTRAINT "Person_birth_year_range" CHECK ("birthYear" IS NULL OR "birthYear" BETWEEN 1900 AND 2100);
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_senior_age_range" CHECK ("seniorConversationAge" IS NULL OR "seniorConversationAge" BETWEEN 40 AND 80);
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_minimum_employment_range" CHECK ("minimumEmploymentMonths" IS NULL OR "minimumEmploymentMonths" BETWEEN 1 AND 60);
