-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcSubject" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Person_oidcIssuer_oidcSubject_key" ON "Person"("oidcIssuer", "oidcSubject");
