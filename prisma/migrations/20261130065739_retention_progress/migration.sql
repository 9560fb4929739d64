-- CreateTable
CREATE TABLE "RetentionProgress" (
    "roundId" UUID NOT NULL,
    "kind" "RetentionKind" NOT NULL,
    "doneAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionProgress_pkey" PRIMARY KEY ("roundId","kind")
);
