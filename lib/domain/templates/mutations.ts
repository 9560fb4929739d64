import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import type { Database } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { toStoredThemes, type TemplateFormValues } from "./schema";

/** Saves an administrator's edit of a template. Rounds already started keep their own copy. */
export async function saveTemplate(
  database: Database,
  input: { templateId: string; version: string; values: TemplateFormValues; municipalityId: string; actorId: string },
): Promise<void> {
  await database.$transaction(async (tx) => {
    const updated = await tx.roundTemplate.updateMany({
      where: { id: input.templateId, municipalityId: input.municipalityId, updatedAt: new Date(input.version) },
      data: {
        name: input.values.name,
        description: input.values.description,
        hasScores: input.values.hasScores,
        answerLayout: input.values.answerLayout,
        themes: toStoredThemes(input.values),
        // From now on the municipality's own: a change to the shipped text no longer reaches it (shipped.ts).
        editedAt: new Date(),
      },
    });
    if (updated.count === 0) {
      const exists = await tx.roundTemplate.count({ where: { id: input.templateId, municipalityId: input.municipalityId } });
      throw new FormError(exists ? da.admin.templates.conflict : da.errors.notFound);
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "template.update",
      resourceKind: "roundTemplate",
      resourceId: input.templateId,
      purpose: "administration",
      details: { hasScores: input.values.hasScores, answerLayout: input.values.answerLayout },
    });
  });
}
