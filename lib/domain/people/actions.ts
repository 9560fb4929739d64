"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { da } from "@/lib/i18n/da";
import { loadMunicipalityId } from "./data";
import { applyImport } from "./import/apply";
import { previewImport } from "./import/preview";
import { savePerson as savePersonMutation } from "./mutations";
import { personFormSchema } from "./schema";
import { deliverAfterChange } from "@/lib/mail/outbox";

const maxFileBytes = 5 * 1024 * 1024;

async function municipalityId(): Promise<string> {
  const id = await loadMunicipalityId(db());
  if (!id) throw new FormError(da.home.noOrganisation);
  return id;
}

export const savePerson = defineAction(personFormSchema, async ({ actor, input }) => {
  authorize(actor, input.id ? "update" : "create", { kind: "organisation" });
  const saved = await savePersonMutation(db(), { values: input, actorId: actor.id, municipalityId: await municipalityId() });
  return { ...saved, ...(await deliverAfterChange(db())) };
});

const fileSchema = z.object({
  file: z.base64(da.peopleImport.noFile).min(1, da.peopleImport.noFile).max(Math.ceil((maxFileBytes * 4) / 3), da.peopleImport.tooLarge),
});

const decodeFile = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

export const previewPeopleImport = defineAction(fileSchema, async ({ actor, input }) => {
  authorize(actor, "import", { kind: "organisation" });
  const preview = await previewImport(db(), decodeFile(input.file), await municipalityId(), actor.id);
  if (!preview.ok) return { ok: false as const, errors: preview.errors };
  const { plan } = preview;
  return {
    ok: true as const,
    fingerprint: plan.fingerprint,
    unchanged: plan.unchanged,
    create: plan.create.map(({ line, name, email, unitName }) => ({ line, name, email, unitName })),
    update: plan.update.map(({ line, name, email, changed }) => ({ line, name, email, changed })),
    deactivate: plan.deactivate.map(({ name, email }) => ({ name, email })),
  };
});

export const applyPeopleImport = defineAction(fileSchema.extend({ fingerprint: z.string().length(64) }), async ({ actor, input }) => {
  authorize(actor, "import", { kind: "organisation" });
  const id = await municipalityId();
  const preview = await previewImport(db(), decodeFile(input.file), id, actor.id);
  if (!preview.ok) throw new FormError(da.peopleImport.stale);
  const outcome = await applyImport(db(), { rows: preview.rows, fingerprint: input.fingerprint, municipalityId: id, actorId: actor.id });
  if (outcome.status === "stale") throw new FormError(da.peopleImport.stale);
  return outcome;
});
