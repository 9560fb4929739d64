"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { da } from "@/lib/i18n/da";
import { applyCommitteeImport } from "./import/apply";
import { previewCommitteeImport, readCommitteeFile } from "./import/preview";
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

// A committee file is small (a line per committee, or per unit and member): a megabyte is plenty.
const maxFileBytes = 1024 * 1024;

const fileSchema = z.object({
  file: z
    .base64(da.peopleImport.noFile)
    .min(1, da.peopleImport.noFile)
    .max(Math.ceil((maxFileBytes * 4) / 3), da.committeeImport.tooLarge),
});

const decodeFile = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

export const previewMedImport = defineAction(fileSchema, async ({ actor, input }) => {
  authorize(actor, "import", { kind: "medCommittees" });
  const preview = await previewCommitteeImport(db(), decodeFile(input.file), actor.municipalityId);
  if (!preview.ok) return { ok: false as const, errors: preview.errors };
  const { committees, fingerprint } = preview.plan;
  return {
    ok: true as const,
    fingerprint,
    committees: committees.map(({ line, name, change, units, members }) => ({ line, name, change, units, members })),
  };
});

export const applyMedImport = defineAction(fileSchema.extend({ fingerprint: z.string().length(64) }), async ({ actor, input }) => {
  authorize(actor, "import", { kind: "medCommittees" });
  const file = await readCommitteeFile(decodeFile(input.file));
  if (file.lineErrors.length > 0) throw new FormError(da.committeeImport.stale);
  const outcome = await applyCommitteeImport(db(), {
    committees: file.committees,
    fingerprint: input.fingerprint,
    municipalityId: actor.municipalityId,
    actorId: actor.id,
  });
  if (outcome.status === "stale") throw new FormError(da.committeeImport.stale);
  return outcome;
});
