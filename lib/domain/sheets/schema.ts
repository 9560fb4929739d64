import { z } from "zod";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";
import { answerParts, type SheetLayout } from "./layout";

// The sheet's fields and what each may hold. Checked in the browser before a change is sent (the
// message goes next to the field, the text stays) and again on the server before it is stored.

export const dimensionIds = vitalisationDimensions.map((dimension) => dimension.id);
export const limits = { comment: 2000, answer: 5000, other: 5000, note: 10000 } as const;

const e = da.sheets.errors;

export const changeSchema = z.object({
  key: z.string().min(1).max(100),
  // The field's own limit (sheetFieldError) says more; this one only bounds what is read at all.
  value: z.union([z.string().max(50_000, da.errors.tooLong(50_000)), z.number(), z.null()], e.notText),
  baseRevision: z.number().int().min(0),
});

export const saveChangesSchema = z.object({ participantId: z.uuid(), changes: z.array(changeSchema).min(1).max(200) });
// A paper form typed in by the leader names where the page loaded it to (lib/domain/sheets/paper.ts).
export const savePaperSchema = saveChangesSchema.extend({ target: z.enum(["sheet", "paper"]) });
export const submitSchema = z.object({ participantId: z.uuid(), submitted: z.boolean() });

function text(value: unknown, max: number): string | null {
  if (value === null || value === "") return null;
  if (typeof value !== "string") return e.notText;
  return value.length > max ? da.errors.tooLongBy(max, value.length) : null;
}

/** What a sheet's fields depend on: its group's questions and the round's layout (layout.ts). */
export type SheetShape = { questionIds: ReadonlySet<string>; layout: SheetLayout };

/**
 * Why this value cannot be stored in this field of this person's sheet, or null when it can. A round
 * without scores has no dimension fields at all (score, comment, where to start): one sent anyway
 * is refused as a field the sheet does not have, as is an answer box of the other layout.
 */
export function sheetFieldError(key: string, value: unknown, sheet: SheetShape): string | null {
  const score = /^score\.([a-z]+)$/.exec(key);
  if (score && sheet.layout.hasScores && dimensionIds.includes(score[1] as never)) {
    return value === null || (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 10) ? null : e.score;
  }
  const comment = /^comment\.([a-z]+)$/.exec(key);
  if (comment && sheet.layout.hasScores && dimensionIds.includes(comment[1] as never)) return text(value, limits.comment);
  const answer = /^answer\.([0-9a-f-]{36})\.([a-z]+)$/.exec(key);
  if (answer && sheet.questionIds.has(answer[1]) && answerParts(sheet.layout).includes(answer[2] as never))
    return text(value, limits.answer);
  if (key === "otherCommon" || key === "otherIndividual") return text(value, limits.other);
  if (key === "startWith" && sheet.layout.hasScores)
    return value === null || value === "" || dimensionIds.includes(value as never) ? null : e.startWith;
  return e.unknownField;
}

/** The leader's note has one field, the leader column of Skema 1. */
export function noteFieldError(key: string, value: unknown): string | null {
  return key === "experience" ? text(value, limits.note) : e.unknownField;
}
