"use server";

import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { saveMunicipalitySettings } from "@/lib/domain/organisation/mutations";
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
  await saveMunicipalitySettings(db(), {
    actorId: actor.id,
    municipalityId: actor.municipalityId,
    action: "organisation.upwardQuestions",
    data: { upwardQuestion1: input.question1, upwardQuestion2: input.question2, upwardShowFreeText: input.showFreeText },
  });
  return input;
});
