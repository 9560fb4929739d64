"use server";

import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { saveTemplate as save } from "./mutations";
import { saveTemplateSchema } from "./schema";

export const saveTemplate = defineAction(saveTemplateSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "roundTemplate" });
  await save(db(), { ...input, municipalityId: await requireMunicipalityId(), actorId: actor.id });
  return { saved: true };
});
