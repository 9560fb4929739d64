-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "cooperationBodyName" TEXT NOT NULL DEFAULT 'MED-udvalget';

-- CreateTable
CREATE TABLE "PolicyLink" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "PolicyLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PolicyLink_municipalityId_position_key" ON "PolicyLink"("municipalityId", "position");

-- AddForeignKey
ALTER TABLE "PolicyLink" ADD CONSTRAINT "PolicyLink_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
