"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { da } from "@/lib/i18n/da";
import { applyImport } from "./import/apply";
import { previewImport, readImportFile } from "./import/preview";
import { savePerson as savePersonMutation } from "./mutations";
import { personFormSchema } from "./schema";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { decideMoves, describeMove } from "@/lib/domain/rounds/manager-change/data";
import { leaderChangesOfImport } from "@/lib/domain/rounds/manager-change/from-import";

const maxFileBytes = 5 * 1024 * 1024;

export const savePerson = defineAction(personFormSchema, async ({ actor, input }) => {
  authorize(actor, input.id ? "update" : "create", { kind: "organisation" });
  const saved = await savePersonMutation(db(), { values: input, actorId: actor.id, municipalityId: actor.municipalityId });
  return { ...saved, ...(await deliverAfterChange(db())) };
});

const fileSchema = z.object({
  file: z
    .base64(da.peopleImport.noFile)
    .min(1, da.peopleImport.noFile)
    .max(Math.ceil((maxFileBytes * 4) / 3), da.peopleImport.tooLarge),
});

const decodeFile = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

// The page lists at most this many people per kind of change; a whole municipality's list would
// be megabytes to serialise on the server's thread and send, for counts the page shows anyway.
const listedPerKind = 200;

export const previewPeopleImport = defineAction(fileSchema, async ({ actor, input }) => {
  authorize(actor, "import", { kind: "organisation" });
  const preview = await previewImport(db(), decodeFile(input.file), actor.municipalityId, actor.id);
  if (!preview.ok) return { ok: false as const, errors: preview.errors };
  const { plan } = preview;
  return {
    ok: true as const,
    fingerprint: plan.fingerprint,
    counts: { create: plan.create.length, update: plan.update.length, deactivate: plan.deactivate.length, unchanged: plan.unchanged },
    // Named by address, or by employee number for someone without one.
    update: plan.update.slice(0, listedPerKind).map(({ line, name, email, employeeNumber, changed }) => ({
      line,
      name,
      who: email ?? employeeNumber,
      changed,
    })),
    deactivate: plan.deactivate
      .slice(0, listedPerKind)
      .map(({ id, name, email, employeeNumber }) => ({ id, name, who: email ?? employeeNumber })),
    // Per person whose leader changes while in an open round: what will happen to that round.
    managerChange: (await decideMoves(db(), actor.municipalityId, await leaderChangesOfImport(db(), plan))).flatMap(
      (decision) => describeMove(decision) ?? [],
    ),
  };
});

export const applyPeopleImport = defineAction(fileSchema.extend({ fingerprint: z.string().length(64) }), async ({ actor, input }) => {
  authorize(actor, "import", { kind: "organisation" });
  const id = actor.municipalityId;
  // The plan is made (and compared with the preview's) inside the import's transaction; here only the rows are read.
  const file = await readImportFile(decodeFile(input.file));
  if (!file.ok) throw new FormError(da.peopleImport.stale);
  const outcome = await applyImport(db(), { rows: file.rows, fingerprint: input.fingerprint, municipalityId: id, actorId: actor.id });
  if (outcome.status === "stale") throw new FormError(da.peopleImport.stale);
  return { ...outcome, ...(await deliverAfterChange(db())) };
});
