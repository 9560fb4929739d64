-- CreateTable
CREATE TABLE "PrivacySettings" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "controllerName" TEXT NOT NULL,
    "controllerAddress" TEXT NOT NULL,
    "dpoName" TEXT NOT NULL,
    "dpoEmail" TEXT NOT NULL,
    "dpoPhone" TEXT NOT NULL,
    "policyUrl" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "PrivacySettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PrivacySettings_municipalityId_key" ON "PrivacySettings"("municipalityId");

-- AddForeignKey
ALTER TABLE "PrivacySettings" ADD CONSTRAINT "PrivacySettings_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
