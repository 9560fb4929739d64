-- CreateEnum
CREATE TYPE "RoundCommentSection" AS ENUM ('MATERIAL', 'WRAP_UP');

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "unionRepId" UUID,
ADD COLUMN     "unionRepMayComment" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RoundComment" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "section" "RoundCommentSection" NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoundComment_roundId_section_createdAt_idx" ON "RoundComment"("roundId", "section", "createdAt");

-- CreateIndex
CREATE INDEX "RoundComment_authorId_idx" ON "RoundComment"("authorId");

-- CreateIndex
CREATE INDEX "Round_unionRepId_idx" ON "Round"("unionRepId");

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_unionRepId_fkey" FOREIGN KEY ("unionRepId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundComment" ADD CONSTRAINT "RoundComment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundComment" ADD CONSTRAINT "RoundComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A comment is plain text of a bounded length (lib/domain/rounds/union-rep/schema.ts checks it first).
ALTER TABLE "RoundComment" ADD CONSTRAINT "RoundComment_text_length" CHECK (char_length("text") BETWEEN 1 AND 2000);
