-- CreateTable
CREATE TABLE "SignInRequest" (
    "id" BIGSERIAL NOT NULL,
    "identifier" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "sent" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInRequest_identifier_createdAt_idx" ON "SignInRequest"("identifier", "createdAt");

-- CreateIndex
CREATE INDEX "SignInRequest_client_createdAt_idx" ON "SignInRequest"("client", "createdAt");

-- CreateIndex
CREATE INDEX "VerificationToken_expires_idx" ON "VerificationToken"("expires");
