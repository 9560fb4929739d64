import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { SheetPdfData } from "@/lib/pdf/preparation-sheet";
import { formatDateTime } from "@/lib/i18n/format";
import type { FieldMap } from "./fields";
import { answerParts, classicLayout, type SheetLayout } from "./layout";

type Source = {
  municipality: string;
  roundTitle: string;
  person: { name: string; jobTitle: string | null };
  leaderName: string;
  conversationStart: Date | null;
  registeredNote?: string | null;
  fields: FieldMap;
  /** The round's sheet layout; rounds made before layouts were chosen have the classic one. */
  layout?: SheetLayout;
  themes: { title: string; description?: string; questions: { id: string; text: string }[] }[];
};

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

/** The stored field map as the PDF lays it out. */
export function toSheetPdfData(source: Source): SheetPdfData {
  const { fields } = source;
  const layout = source.layout ?? classicLayout;
  return {
    municipality: source.municipality,
    roundTitle: source.roundTitle,
    person: source.person,
    leaderName: source.leaderName,
    conversation: source.conversationStart ? formatDateTime(source.conversationStart) : null,
    registeredNote: source.registeredNote ?? null,
    // No dimension section at all in a round without scores: never an empty scale.
    dimensions: (layout.hasScores ? vitalisationDimensions : []).map((dimension) => ({
      name: dimension.name,
      score: typeof fields[`score.${dimension.id}`] === "number" ? (fields[`score.${dimension.id}`] as number) : null,
      comment: textOf(fields[`comment.${dimension.id}`]),
    })),
    startWith: !layout.hasScores ? null : (vitalisationDimensions.find((dimension) => dimension.id === fields.startWith)?.name ?? null),
    themes: source.themes.map((theme) => ({
      title: theme.title,
      // The help under a theme (the vitalisation template's keywords), as on the screen.
      description: theme.description ?? "",
      questions: theme.questions.map((question) => ({
        text: question.text,
        answers: answerParts(layout).map((part) => ({ part, value: textOf(fields[`answer.${question.id}.${part}`]) })),
      })),
    })),
    otherCommon: textOf(fields.otherCommon),
    otherIndividual: textOf(fields.otherIndividual),
  };
}
