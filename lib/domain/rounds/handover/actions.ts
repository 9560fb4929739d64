"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { handOverRound as handOver } from "./mutations";
import { handoverSchema } from "./schema";

// Authenticated and validated by defineAction; the mutation asks the policy on the locked round.
// The mails it queued go out right after it is saved; what cannot be delivered now stays queued.

export const handOverRound = defineAction(handoverSchema, async ({ actor, input }) => {
  const result = await handOver(db(), { actor, municipalityId: actor.municipalityId, roundId: input.roundId, values: input.values });
  return { ...result, ...(await deliverAfterChange(db())) };
});
