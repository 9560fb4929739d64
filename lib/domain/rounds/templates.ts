import type { AnswerLayout } from "@/lib/domain/sheets/layout";
import type { Kind } from "@/lib/i18n/da/roles";
import { fullQuestion, inKind, simpleQuestions, skema2, skema3, vitalisationDimensions } from "./question-banks";

// The templates a round starts from. A round copies its template's themes and questions and
// from then on owns them: editing a round never changes a template or another round.

export type TemplateTheme = { key: string; title: string; description?: string; questions: string[] };
export type RoundTemplate = {
  id: "toender" | "vitalisering" | "kombineret";
  name: string;
  description: string;
  /** Whether the sheet has the four vitalisation dimensions to score. */
  hasScores: boolean;
  answerLayout: AnswerLayout;
  themes: TemplateTheme[];
};

const toenderThemes: TemplateTheme[] = [
  {
    key: "faglighed",
    title: "Faglighed i opgaveløsningen",
    questions: simpleQuestions.questions.slice(0, 2).map((question) => question.text),
  },
  {
    key: "trivsel",
    title: "Trivsel og samarbejde i opgaveløsningen",
    questions: simpleQuestions.questions.slice(2, 5).map((question) => question.text),
  },
  {
    key: "toender-kulturen",
    title: "Tønder Kulturen – Det er sådan vi arbejder og udvikler os!",
    description: "Leveregler, organisatorisk læring og samskabelse.",
    questions: [skema2, skema3].flatMap((bank) => bank.questions.map((question) => fullQuestion(bank, question))),
  },
  { key: "andet-faelles", title: "Andet fælles", questions: [] },
  { key: "andet-individuelt", title: "Andet individuelt", questions: [simpleQuestions.questions[5].text] },
];

// The Aarhus material asks the employee to prepare from the four dimensions, the keywords being
// what to think about, not questions to answer one by one: one theme per dimension, one question
// asking for a reflection (one box, answerLayout REFLECTION), the keywords under the definition.
const vitalisationThemes: TemplateTheme[] = vitalisationDimensions.map((dimension) => ({
  key: dimension.id,
  title: dimension.name,
  description: `${dimension.definition}\nNøgleord: ${dimension.keywords.join(" · ")}.`,
  questions: [`Hvordan oplever du ${dimension.name.toLowerCase()} i dit arbejde lige nu, og hvad vil du gerne tale om?`],
}));

export const roundTemplates: RoundTemplate[] = [
  {
    id: "kombineret",
    name: "Standard (Tønder-konceptet med vitaliseringsmodellen)",
    description:
      "Tønder-konceptets tre fælles temaer og rækkerne »Andet fælles« og »Andet individuelt«; forberedelsesskemaet har desuden de fire vitaliseringsdimensioner at vurdere.",
    hasScores: true,
    answerLayout: "CONTRIBUTE_CHALLENGES",
    themes: toenderThemes,
  },
  {
    id: "toender",
    name: "Tønder-konceptet",
    description:
      "De tre fælles temaer og rækkerne »Andet fælles« og »Andet individuelt«, med spørgsmål fra Skema 2 og 3 og de enkle spørgsmål til alle faggrupper.",
    // Skema 1 as Tønder has it: themes and questions, no scores.
    hasScores: false,
    answerLayout: "CONTRIBUTE_CHALLENGES",
    themes: toenderThemes,
  },
  {
    id: "vitalisering",
    name: "Børn og Unge – vitaliseringsmodellen",
    description:
      "Samtalen tager afsæt i de fire behovsdimensioner: mestring, mening, samhørighed og autonomi, med én refleksion pr. dimension.",
    hasScores: true,
    answerLayout: "REFLECTION",
    themes: vitalisationThemes,
  },
];

const shippedTexts = new Set(
  roundTemplates.flatMap((template) => template.themes.flatMap((theme) => [theme.description ?? "", ...theme.questions])),
);

/**
 * A template's text as a new round of `kind` copies it: a text shipped here, unedited, in the words
 * of the kind (question-banks.ts, inKind); a text the municipality wrote itself, as written.
 */
export const templateTextFor = (text: string, kind: Kind) => (shippedTexts.has(text) ? inKind(text, kind) : text);
