"use server";

import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { addAskedParticipant, saveManagerChangeRule } from "./mutations";
import { addAskedSchema, ruleSchema } from "./schema";

/** The municipality's rule for a participant whose leader changes mid-round (Administration). */
export const saveRule = defineAction(ruleSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  return saveManagerChangeRule(db(), { actorId: actor.id, municipalityId: actor.municipalityId, rule: input.rule });
});

/** The new leader adds someone they were asked to add; the policy is asked against the round, in the mutation. */
export const addAsked = defineAction(addAskedSchema, async ({ actor, input }) => {
  const added = await addAskedParticipant(db(), { actor, municipalityId: actor.municipalityId, ...input });
  return { ...added, ...(await deliverAfterChange(db())) };
});
