"use server";

import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { deleteCommittee, saveCommittee } from "./mutations";
import { committeeSchema, deleteCommitteeSchema } from "./schema";

export const saveMedCommittee = defineAction(committeeSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "medCommittees" });
  return saveCommittee(db(), { municipalityId: actor.municipalityId, actorId: actor.id, values: input });
});

export const deleteMedCommittee = defineAction(deleteCommitteeSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "medCommittees" });
  await deleteCommittee(db(), { municipalityId: actor.municipalityId, actorId: actor.id, committeeId: input.committeeId });
});
