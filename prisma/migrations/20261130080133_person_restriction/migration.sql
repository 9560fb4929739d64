-- CreateEnum
CREATE TYPE "RestrictionGround" AS ENUM ('CONTESTED_ACCURACY', 'UNLAWFUL_BUT_KEPT', 'LEGAL_CLAIM', 'OBJECTION');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "restrictedAt" TIMESTAMP(3),
ADD COLUMN     "restrictedById" UUID,
ADD COLUMN     "restrictionReason" "RestrictionGround";

-- A restriction has its time, its ground and who placed it, all three or none.
ALTER TABLE "Person" ADD CONSTRAINT "Person_restriction_whole" CHECK (
  ("restrictedAt" IS NULL AND "restrictionReason" IS NULL AND "restrictedById" IS NULL)
  OR ("restrictedAt" IS NOT NULL AND "restrictionReason" IS NOT NULL AND "restrictedById" IS NOT NULL)
);
