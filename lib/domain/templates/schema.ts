import { z } from "zod";
import { text } from "@/lib/domain/rounds/schema";
import { answerLayouts } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";

// A template's themes as edited by an administrator, where each theme's questions are one per line
// in a text area. As stored (RoundTemplate.themes) they are read by stored-themes.ts.

export type StoredTheme = { title: string; description: string; questions: string[] };

export const templateFormSchema = z.object({
  name: text(200, { required: true }),
  description: text(1000),
  // Whether the sheet has the four vitalisation dimensions to score, and how a question is answered.
  hasScores: z.boolean(da.admin.templates.chooseLayout),
  answerLayout: z.enum(answerLayouts, da.admin.templates.chooseLayout),
  themes: z
    .array(z.object({ title: text(200, { required: true }), description: text(1000), questions: text(20000) }))
    .min(1)
    .max(20),
});
export type TemplateFormInput = z.input<typeof templateFormSchema>;
export type TemplateFormValues = z.output<typeof templateFormSchema>;

export const saveTemplateSchema = z.object({ templateId: z.uuid(), version: z.string(), values: templateFormSchema });

/** The form's question text areas into the stored lists: one question per non-empty line. */
export function toStoredThemes(values: TemplateFormValues): StoredTheme[] {
  return values.themes.map((theme) => ({
    title: theme.title,
    description: theme.description,
    questions: theme.questions
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  }));
}
