-- CreateTable
CREATE TABLE "PlanPdf" (
    "versionId" UUID NOT NULL,
    "renderer" TEXT NOT NULL,
    "dataHash" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanPdf_pkey" PRIMARY KEY ("versionId","renderer")
);

-- AddForeignKey
ALTER TABLE "PlanPdf" ADD CONSTRAINT "PlanPdf_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
