"use server";

import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { liftRestriction, placeRestriction } from "./mutations";
import { liftRestrictionSchema, placeRestrictionSchema } from "./schema";

// An administrator restricts or frees the processing of a person's data (GDPR art. 18), always
// within their own municipality: a person of another municipality is "not found", as anywhere else.

export const restrictProcessing = defineAction(placeRestrictionSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  await placeRestriction(db(), { municipalityId: actor.municipalityId, personId: input.personId, ground: input.ground, actorId: actor.id });
});

export const liftProcessingRestriction = defineAction(liftRestrictionSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  await liftRestriction(db(), { municipalityId: actor.municipalityId, personId: input.personId, actorId: actor.id });
});
