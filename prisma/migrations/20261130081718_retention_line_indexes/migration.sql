-- CreateIndex
CREATE INDEX "OutgoingMail_deadAt_idx" ON "OutgoingMail"("deadAt");

-- The retention job's SESSIONS line: a session is over when it ended, or when it was last seen.
CREATE INDEX "AuthSession_over_idx" ON "AuthSession" (coalesce("endedAt", "lastSeenAt"));
