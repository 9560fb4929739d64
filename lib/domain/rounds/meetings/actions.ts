"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { cancelMeeting as cancel, setMeeting as set } from "./mutations";
import { cancelMeetingSchema, setMeetingSchema } from "./schema";

// Authenticated and validated by defineAction; the mutations ask the policy and the state machine
// on the locked round (changeRound). The invitations go right after the change is saved.

export const setMeeting = defineAction(setMeetingSchema, async ({ actor, input }) => {
  const result = await set(db(), { actor, roundId: input.roundId, version: input.version }, input.kind, input.groupId, input.values);
  return { ...result, ...(await deliverAfterChange(db())) };
});

export const cancelMeeting = defineAction(cancelMeetingSchema, async ({ actor, input }) => {
  const result = await cancel(db(), { actor, roundId: input.roundId, version: input.version }, input.kind, input.groupId);
  return { ...result, ...(await deliverAfterChange(db())) };
});
