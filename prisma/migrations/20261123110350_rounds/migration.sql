-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('MUS', 'LUS');

-- CreateEnum
CREATE TYPE "RoundState" AS ENUM ('PLANNING', 'PREPARATION', 'CONVERSATIONS', 'WRAP_UP', 'FOLLOW_UP', 'CLOSED');

-- CreateTable
CREATE TABLE "RoundTemplate" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "themes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoundTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "leaderId" UUID NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "focus" TEXT NOT NULL DEFAULT '',
    "state" "RoundState" NOT NULL DEFAULT 'PLANNING',
    "templateName" TEXT NOT NULL,
    "kickoffDate" DATE NOT NULL,
    "conversationsFrom" DATE NOT NULL,
    "conversationsTo" DATE NOT NULL,
    "wrapUpDate" DATE NOT NULL,
    "followUpDate" DATE NOT NULL,
    "kickoffNotes" TEXT NOT NULL DEFAULT '',
    "coreTask" TEXT NOT NULL DEFAULT '',
    "developmentGoals" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundTheme" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "RoundTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundGroup" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "RoundGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundQuestion" (
    "id" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "prioritised" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RoundQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundParticipant" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "offerSeniorConversation" BOOLEAN NOT NULL DEFAULT false,
    "offerTalentDevelopment" BOOLEAN NOT NULL DEFAULT false,
    "invitedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "location" TEXT NOT NULL,
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutgoingMail" (
    "id" BIGSERIAL NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "calendar" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutgoingMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoundTemplate_municipalityId_key_key" ON "RoundTemplate"("municipalityId", "key");

-- CreateIndex
CREATE INDEX "Round_leaderId_idx" ON "Round"("leaderId");

-- CreateIndex
CREATE INDEX "Round_unitId_kind_year_idx" ON "Round"("unitId", "kind", "year");

-- CreateIndex
CREATE INDEX "RoundTheme_roundId_idx" ON "RoundTheme"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundGroup_roundId_name_key" ON "RoundGroup"("roundId", "name");

-- CreateIndex
CREATE INDEX "RoundQuestion_groupId_themeId_position_idx" ON "RoundQuestion"("groupId", "themeId", "position");

-- CreateIndex
CREATE INDEX "RoundQuestion_themeId_idx" ON "RoundQuestion"("themeId");

-- CreateIndex
CREATE INDEX "RoundParticipant_personId_idx" ON "RoundParticipant"("personId");

-- CreateIndex
CREATE INDEX "RoundParticipant_groupId_idx" ON "RoundParticipant"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundParticipant_roundId_personId_key" ON "RoundParticipant"("roundId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_participantId_key" ON "Conversation"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_icsUid_key" ON "Conversation"("icsUid");

-- CreateIndex
CREATE INDEX "OutgoingMail_sentAt_id_idx" ON "OutgoingMail"("sentAt", "id");

-- AddForeignKey
ALTER TABLE "RoundTemplate" ADD CONSTRAINT "RoundTemplate_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundTheme" ADD CONSTRAINT "RoundTheme_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundGroup" ADD CONSTRAINT "RoundGroup_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundQuestion" ADD CONSTRAINT "RoundQuestion_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "RoundTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundQuestion" ADD CONSTRAINT "RoundQuestion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RoundGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RoundGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoundParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The timeline runs forwards; the app says so next to the field, this keeps any other writer honest.
ALTER TABLE "Round" ADD CONSTRAINT "Round_timeline_in_order" CHECK (
  "kickoffDate" <= "conversationsFrom" AND "conversationsFrom" <= "conversationsTo"
  AND "conversationsTo" <= "wrapUpDate" AND "wrapUpDate" <= "followUpDate"
);
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_duration_sensible" CHECK ("durationMinutes" BETWEEN 5 AND 480);
