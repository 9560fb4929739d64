"use server";

import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { saveUnit as saveUnitMutation } from "./mutations";
import { unitFormSchema } from "./schema";

export const saveUnit = defineAction(unitFormSchema, async ({ actor, input }) => {
  authorize(actor, input.id ? "update" : "create", { kind: "organisation" });
  return saveUnitMutation(db(), { values: input, actorId: actor.id, municipalityId: actor.municipalityId });
});

/** What the municipality files in the personnel folder: the whole plan, or only the agreements. */
export const saveFilingScope = defineAction(z.object({ scope: z.enum(["FULL", "AGREEMENTS"]) }), async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const { municipalityId } = actor;
  await db().$transaction(async (tx) => {
    await tx.municipality.update({ where: { id: municipalityId }, data: { planFilingScope: input.scope } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organisation.filingScope",
      resourceKind: "municipality",
      resourceId: municipalityId,
      purpose: "administration",
      details: { scope: input.scope },
    });
  });
  return { scope: input.scope };
});
