"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { addRoundComment, saveUnionRep as save } from "./mutations";
import { commentSchema, unionRepSchema } from "./schema";

// Authenticated and validated by defineAction; the mutations ask the policy on the locked round.

export const saveUnionRep = defineAction(unionRepSchema, async ({ actor, input }) => {
  const result = await save(
    db(),
    { actor, roundId: input.roundId, version: input.version, municipalityId: actor.municipalityId },
    input.values,
  );
  return { ...result, ...(await deliverAfterChange(db())) };
});

export const commentOnRound = defineAction(commentSchema, async ({ actor, input }) =>
  addRoundComment(db(), {
    actor,
    municipalityId: actor.municipalityId,
    roundId: input.roundId,
    section: input.section,
    text: input.values.text,
  }),
);
