-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "employeeNumber" TEXT,
ALTER COLUMN "email" DROP NOT NULL;

-- The employee number is stored trimmed and never empty (no number is NULL), and is unique within
-- the municipality when present; people without one are not compared.
ALTER TABLE "Person" ADD CONSTRAINT "Person_employeeNumber_normalised" CHECK ("employeeNumber" = btrim("employeeNumber") AND "employeeNumber" <> '');
CREATE UNIQUE INDEX "Person_municipalityId_employeeNumber_key" ON "Person"("municipalityId", "employeeNumber") WHERE "employeeNumber" IS NOT NULL;
