import { fullQuestion, simpleQuestions, skema2, skema3, vitalisationDimensions } from "./question-banks";

// The templates a round starts from. A round copies its template's themes and questions and
// from then on owns them: editing a round never changes a template or another round.

export type TemplateTheme = { key: string; title: string; description?: string; questions: string[] };
export type RoundTemplate = { id: "toender" | "vitalisering" | "kombineret"; name: string; description: string; themes: TemplateTheme[] };

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

const vitalisationThemes: TemplateTheme[] = vitalisationDimensions.map((dimension) => ({
  key: dimension.id,
  title: dimension.name,
  description: dimension.definition,
  // The source gives keywords, not questions, per dimension: they are the sub-themes to talk from.
  questions: dimension.keywords,
}));

export const roundTemplates: RoundTemplate[] = [
  {
    id: "kombineret",
    name: "Standard (Tønder-konceptet med vitaliseringsmodellen)",
    description: "Tønder-konceptets fem temaer; forberedelsesskemaet har desuden de fire vitaliseringsdimensioner at vurdere.",
    themes: toenderThemes,
  },
  {
    id: "toender",
    name: "Tønder-konceptet",
    description: "De fem fælles temaer med spørgsmål fra Skema 2 og 3 og de enkle spørgsmål til alle faggrupper.",
    themes: toenderThemes,
  },
  {
    id: "vitalisering",
    name: "Børn og Unge – vitaliseringsmodellen",
    description: "Samtalen tager afsæt i de fire behovsdimensioner: mestring, mening, samhørighed og autonomi.",
    themes: vitalisationThemes,
  },
];
