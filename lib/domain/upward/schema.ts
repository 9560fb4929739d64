import { z } from "zod";
import { isoDate } from "@/lib/domain/rounds/schema";
import type { VitalisationDimension } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";

// Shared by the upward questionnaire, the round's setting, the municipality's questions and their
// server actions: the same rules and Danish messages in the form and on the server. The limits match
// the CHECK constraints of the migration.

const e = da.upward.errors;

export const answerTextMax = 2000;
export const questionMax = 300;

// A radio button's value reaches the form as text (react-hook-form applies no setValueAs to radios):
// digits are read as the number, anything else (true, "", "7.5e0") stays what it is and is refused.
const score = z.preprocess(
  (value) => (typeof value === "string" && /^\d{1,2}$/.test(value) ? Number(value) : value),
  z.number({ error: e.score }).int(e.score).min(1, e.score).max(10, e.score),
);
const answerText = z
  .string()
  .trim()
  .max(answerTextMax, { error: (issue) => da.errors.tooLongBy(answerTextMax, String(issue.input ?? "").length) });

export const upwardAnswerValuesSchema = z.object({
  mestring: score,
  mening: score,
  samhoerighed: score,
  autonomi: score,
  answer1: answerText,
  answer2: answerText,
});
export type UpwardAnswerValues = z.output<typeof upwardAnswerValuesSchema>;
export type UpwardAnswerInput = z.input<typeof upwardAnswerValuesSchema>;

/** The four scores' keys are the vitalisation dimensions' ids. */
export const scoreKeys = ["mestring", "mening", "samhoerighed", "autonomi"] as const satisfies readonly VitalisationDimension["id"][];

export const submitUpwardSchema = z.object({
  participantId: z.uuid(),
  startToken: z.string().max(200),
  values: upwardAnswerValuesSchema,
});

/** The round's setting: off, or on with its last day (dd-mm-åååå in the form, ISO out). */
export const upwardSettingsValuesSchema = z
  .object({ enabled: z.boolean(), closesOn: z.string(da.rounds.errors.date).max(20, da.rounds.errors.date) })
  .transform((values, context) => {
    if (!values.enabled) return { enabled: false as const, closesOn: null };
    const parsed = isoDate.safeParse(values.closesOn);
    if (parsed.success) return { enabled: true as const, closesOn: parsed.data };
    context.addIssue({ code: "custom", path: ["closesOn"], message: parsed.error.issues[0].message });
    return z.NEVER;
  });
export type UpwardSettingsValues = z.output<typeof upwardSettingsValuesSchema>;
export type UpwardSettingsInput = z.input<typeof upwardSettingsValuesSchema>;

export const upwardSettingsSchema = z.object({
  roundId: z.uuid(),
  version: z.number().int().positive(),
  values: upwardSettingsValuesSchema,
});

const question = z.string().trim().max(questionMax, e.questionTooLong(questionMax));

export const upwardQuestionsSchema = z.object({ question1: question, question2: question, showFreeText: z.boolean() });
export type UpwardQuestions = z.output<typeof upwardQuestionsSchema>;
