import type { Database, Transaction } from "@/lib/db-client";
import { roundTemplates } from "@/lib/domain/rounds/templates";

/**
 * Gives every municipality (or the one named) the shipped templates it does not have yet, keeping
 * an administrator's edits of those it has. A write, so it runs where writes belong: when the
 * organisation is seeded and when the server starts (lib/server/main.ts), never while a page is read.
 */
export async function addShippedTemplates(database: Database | Transaction, municipalityId?: string): Promise<void> {
  const municipalities = await database.municipality.findMany({
    where: municipalityId ? { id: municipalityId } : {},
    select: { id: true },
  });
  if (municipalities.length === 0) return;
  await database.roundTemplate.createMany({
    data: municipalities.flatMap(({ id }) =>
      roundTemplates.map((template) => ({
        municipalityId: id,
        key: template.id,
        name: template.name,
        description: template.description,
        themes: template.themes.map(({ title, description, questions }) => ({ title, description: description ?? "", questions })),
      })),
    ),
    skipDuplicates: true,
  });
}
