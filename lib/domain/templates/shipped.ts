import { isDeepStrictEqual } from "node:util";
import type { Database, Transaction } from "@/lib/db-client";
import { roundTemplates, type RoundTemplate } from "@/lib/domain/rounds/templates";

/** A shipped template as it is stored (RoundTemplate's columns). */
function storedContent(template: RoundTemplate) {
  return {
    name: template.name,
    description: template.description,
    hasScores: template.hasScores,
    answerLayout: template.answerLayout,
    themes: template.themes.map(({ title, description, questions }) => ({ title, description: description ?? "", questions })),
  };
}

/**
 * Gives every municipality (or the one named) the shipped templates it does not have yet, and brings
 * those no administrator has saved (editedAt null) up to the shipped text of today: so Tønder's
 * template loses the scores it never had in the concept, and the vitalisation template asks one
 * reflection per dimension, wherever nobody chose otherwise. An administrator's edit is kept as it
 * is. Rounds are copies and never change. A write, so it runs where writes belong: when the
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
      roundTemplates.map((template) => ({ municipalityId: id, key: template.id, ...storedContent(template) })),
    ),
    skipDuplicates: true,
  });
  // Only those that differ are written, so a restart does not move "last changed" (nor the edit form's version).
  const unedited = await database.roundTemplate.findMany({
    where: { editedAt: null, key: { in: roundTemplates.map((template) => template.id) }, ...(municipalityId ? { municipalityId } : {}) },
    select: { id: true, key: true, name: true, description: true, hasScores: true, answerLayout: true, themes: true },
  });
  for (const { id, key, ...stored } of unedited) {
    const shipped = storedContent(roundTemplates.find((template) => template.id === key)!);
    if (!isDeepStrictEqual(stored, shipped)) await database.roundTemplate.update({ where: { id }, data: shipped });
  }
}
