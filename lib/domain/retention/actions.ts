"use server";

import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { defineAction } from "@/lib/auth/action";
import { FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { da } from "@/lib/i18n/da";
import { liftLegalHold, placeLegalHold, placeRoundHold } from "./holds";
import { saveRetentionPolicy } from "./mutations";
import { dueForDeletion, runRetention } from "./run";
import { legalHoldSchema, liftHoldSchema, retentionPolicySchema, roundHoldSchema } from "./schema";

export const saveRetention = defineAction(retentionPolicySchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  await saveRetentionPolicy(db(), { municipalityId: actor.municipalityId, actorId: actor.id, values: input });
});

/** The dry run: what the next run would delete, per kind (counts only). */
export const previewRetention = defineAction(z.object({}), async ({ actor }) => {
  authorize(actor, "read", { kind: "organisation" });
  return (await dueForDeletion(db(), actor.municipalityId)).map(({ kind, count }) => ({ kind, count }));
});

export const runRetentionNow = defineAction(z.object({}), async ({ actor }) => {
  authorize(actor, "update", { kind: "organisation" });
  const outcome = await runRetention(db(), actor.municipalityId, { trigger: "manual", actorId: actor.id });
  if (outcome.status === "busy") throw new FormError(da.retention.run.busy);
  const deleted = outcome.counts.reduce((sum, line) => sum + line.count, 0);
  await recordAudit(db(), {
    actorId: actor.id,
    action: "retention.run",
    resourceKind: "municipality",
    resourceId: actor.municipalityId,
    details: { runId: outcome.runId, deleted },
  });
  return { deleted };
});

export const placeHold = defineAction(legalHoldSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  return placeLegalHold(db(), { municipalityId: actor.municipalityId, personId: input.personId, reason: input.reason, actorId: actor.id });
});

export const placeRoundHoldAction = defineAction(roundHoldSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  return placeRoundHold(db(), { municipalityId: actor.municipalityId, roundId: input.roundId, reason: input.reason, actorId: actor.id });
});

export const liftHold = defineAction(liftHoldSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  await liftLegalHold(db(), { municipalityId: actor.municipalityId, holdId: input.holdId, actorId: actor.id });
});
