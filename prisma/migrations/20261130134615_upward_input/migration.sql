-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "upwardQuestion1" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "upwardQuestion2" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "upwardShowFreeText" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "UpwardSurvey" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "closesOn" DATE NOT NULL,
    "openedAt" TIMESTAMP(3),
    "question1" TEXT NOT NULL DEFAULT '',
    "question2" TEXT NOT NULL DEFAULT '',
    "showFreeText" BOOLEAN NOT NULL DEFAULT false,
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UpwardSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpwardAnswer" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "mestring" INTEGER NOT NULL,
    "mening" INTEGER NOT NULL,
    "samhoerighed" INTEGER NOT NULL,
    "autonomi" INTEGER NOT NULL,
    "answer1" TEXT NOT NULL DEFAULT '',
    "answer2" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "UpwardAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpwardRespondent" (
    "participantId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "UpwardRespondent_pkey" PRIMARY KEY ("participantId","personId")
);

-- CreateIndex
CREATE UNIQUE INDEX "UpwardSurvey_roundId_key" ON "UpwardSurvey"("roundId");

-- CreateIndex
CREATE INDEX "UpwardAnswer_participantId_idx" ON "UpwardAnswer"("participantId");

-- CreateIndex
CREATE INDEX "UpwardRespondent_personId_idx" ON "UpwardRespondent"("personId");

-- AddForeignKey
ALTER TABLE "UpwardSurvey" ADD CONSTRAINT "UpwardSurvey_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpwardAnswer" ADD CONSTRAINT "UpwardAnswer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpwardRespondent" ADD CONSTRAINT "UpwardRespondent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpwardRespondent" ADD CONSTRAINT "UpwardRespondent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the Prisma schema language cannot state (the drift check ignores CHECK constraints); the
-- same limits as the questionnaire's zod schema (lib/domain/upward/schema.ts).
ALTER TABLE "UpwardAnswer" ADD CONSTRAINT "UpwardAnswer_scores_range" CHECK (
  "mestring" BETWEEN 1 AND 10 AND "mening" BETWEEN 1 AND 10 AND "samhoerighed" BETWEEN 1 AND 10 AND "autonomi" BETWEEN 1 AND 10);
ALTER TABLE "UpwardAnswer" ADD CONSTRAINT "UpwardAnswer_text_length" CHECK (char_length("answer1") <= 2000 AND char_length("answer2") <= 2000);
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_upward_questions_length" CHECK (char_length("upwardQuestion1") <= 300 AND char_length("upwardQuestion2") <= 300);
