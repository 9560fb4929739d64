-- CreateIndex
CREATE INDEX "Person_municipalityId_active_name_email_idx" ON "Person"("municipalityId", "active", "name", "email");
