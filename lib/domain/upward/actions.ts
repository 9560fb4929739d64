"use server";

import { recordAudit } from "@/lib/audit/record";
import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { saveUpwardSettings as saveSettings, submitUpwardAnswer as submit } from "./mutations";
import { submitUpwardSchema, upwardQuestionsSchema, upwardSettingsSchema } from "./schema";

// Each action: authenticated and validated by defineAction; the mutation asks the policy inside its
// transaction.

export const saveUpwardSettings = defineAction(upwardSettingsSchema, async ({ actor, input }) =>
  saveSettings(db(), { actor, ...input }, input.values),
);

export const submitUpwardAnswer = defineAction(submitUpwardSchema, async ({ actor, input }) => submit(db(), actor, input));

/** The municipality's two open questions and whether their answers are shown ("" keeps the shipped wording). */
export const saveUpwardQuestions = defineAction(upwardQuestionsSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const data = { upwardQuestion1: input.question1, upwardQuestion2: input.question2, upwardShowFreeText: input.showFreeText };
  await db().$transaction(async (tx) => {
    await tx.municipality.update({ where: { id: actor.municipalityId }, data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organisation.upwardQuestions",
      resourceKind: "municipality",
      resourceId: actor.municipalityId,
      purpose: "administration",
      details: data,
    });
  });
  return input;
});
