import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import { roundTemplates } from "@/lib/domain/rounds/templates";
import type { StoredTheme } from "./schema";
import { readTemplateThemes } from "./stored-themes";

export type TemplateRecord = { id: string; key: string; name: string; description: string; themes: StoredTheme[]; updatedAt: Date };

/**
 * The municipality's templates, adding any shipped template it does not have yet, so a fresh
 * installation has the three templates without a seed and an administrator's edits are kept.
 */
export async function loadTemplates(database: Database | Transaction, municipalityId: string): Promise<TemplateRecord[]> {
  const select = { id: true, key: true, name: true, description: true, themes: true, updatedAt: true } as const;
  let rows = await database.roundTemplate.findMany({ where: { municipalityId }, select, orderBy: { createdAt: "asc" } });
  if (roundTemplates.some((shipped) => !rows.some((row) => row.key === shipped.id))) {
    await database.roundTemplate.createMany({
      data: roundTemplates.map((template) => ({
        municipalityId,
        key: template.id,
        name: template.name,
        description: template.description,
        themes: template.themes.map(({ title, description, questions }) => ({ title, description: description ?? "", questions })),
      })),
      skipDuplicates: true,
    });
    rows = await database.roundTemplate.findMany({ where: { municipalityId }, select, orderBy: { createdAt: "asc" } });
  }
  // Shipped order first (the combined default leads), then any others.
  const rank = (key: string) => {
    const index = roundTemplates.findIndex((template) => template.id === key);
    return index === -1 ? roundTemplates.length : index;
  };
  return rows
    .map((row) => ({ ...row, themes: readTemplateThemes(row.themes) }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}
