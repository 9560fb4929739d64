import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { FieldMap } from "@/lib/domain/sheets/fields";
import type { AnswerPart } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";
import type { DocumentField } from "./shape";

// A field document's keys ("score.mestring", "answer.<questionId>.contribute", …) in words, so the
// person reads their sheet as they wrote it. A key no rule knows keeps its key as its label: every
// stored field is shown, whatever it is.

const t = da.personalData.document.sheet;
const dimensionName = (id: string) => vitalisationDimensions.find((dimension) => dimension.id === id)?.name ?? id;

export function fieldLabel(key: string, questions: ReadonlyMap<string, string>): string {
  const score = /^score\.(.+)$/.exec(key);
  if (score) return t.score(dimensionName(score[1]));
  const comment = /^comment\.(.+)$/.exec(key);
  if (comment) return t.comment(dimensionName(comment[1]));
  const answer = /^answer\.(.+)\.(contribute|challenges|reflection)$/.exec(key);
  if (answer) return t[answer[2] as AnswerPart](questions.get(answer[1]) ?? t.unknownQuestion);
  if (key === "otherCommon" || key === "otherIndividual" || key === "startWith" || key === "experience") return t[key];
  return key;
}

/** The fields in a stable order (by key), each with its label and its value as stored. */
export function labelledFields(fields: FieldMap, questions: ReadonlyMap<string, string>): DocumentField[] {
  return Object.keys(fields)
    .sort()
    .map((key) => ({ key, label: fieldLabel(key, questions), value: fields[key] }));
}
