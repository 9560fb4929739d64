"use server";

import { defineAction } from "@/lib/auth/action";
import { FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { sqlOn } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { erasePerson } from "./erase";
import { previewErasure } from "./preview";
import { erasureSchema } from "./schema";

// An administrator's erasure of one person's data, always within their own municipality: a person
// of another municipality is "not found", as anywhere else.

/** Counts only, nothing erased. */
export const previewPersonErasure = defineAction(erasureSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const preview = await previewErasure(sqlOn(db()), actor.municipalityId, input.personId);
  if (!preview) throw new FormError(da.errors.notFound);
  return preview;
});

export const erasePersonData = defineAction(erasureSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const { counts } = await erasePerson(db(), { municipalityId: actor.municipalityId, personId: input.personId, actorId: actor.id });
  return counts;
});
