import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import { roundTemplates } from "@/lib/domain/rounds/templates";
import type { AnswerLayout } from "@/lib/domain/sheets/layout";
import type { StoredTheme } from "./schema";
import { readTemplateThemes } from "./stored-themes";

export type TemplateRecord = {
  id: string;
  key: string;
  name: string;
  description: string;
  hasScores: boolean;
  answerLayout: AnswerLayout;
  themes: StoredTheme[];
  updatedAt: Date;
};

/** The municipality's templates (the shipped ones are added by shipped.ts, never here: this only reads). */
export async function loadTemplates(database: Database | Transaction, municipalityId: string): Promise<TemplateRecord[]> {
  const rows = await database.roundTemplate.findMany({
    where: { municipalityId },
    select: { id: true, key: true, name: true, description: true, hasScores: true, answerLayout: true, themes: true, updatedAt: true },
    orderBy: { createdAt: "asc" },
  });
  // Shipped order first (the combined default leads), then any others.
  const rank = (key: string) => {
    const index = roundTemplates.findIndex((template) => template.id === key);
    return index === -1 ? roundTemplates.length : index;
  };
  return rows.map((row) => ({ ...row, themes: readTemplateThemes(row.themes) })).sort((a, b) => rank(a.key) - rank(b.key));
}
