-- AlterTable
ALTER TABLE "PlanUpdate" ADD COLUMN     "clientId" UUID;
