"use server";

import { defineAction } from "@/lib/auth/action";
import { FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadMunicipalityId } from "@/lib/domain/people/data";
import { da } from "@/lib/i18n/da";
import { saveUnit as saveUnitMutation } from "./mutations";
import { unitFormSchema } from "./schema";

export const saveUnit = defineAction(unitFormSchema, async ({ actor, input }) => {
  authorize(actor, input.id ? "update" : "create", { kind: "organisation" });
  const municipalityId = await loadMunicipalityId(db());
  if (!municipalityId) throw new FormError(da.home.noOrganisation);
  return saveUnitMutation(db(), { values: input, actorId: actor.id, municipalityId });
});
