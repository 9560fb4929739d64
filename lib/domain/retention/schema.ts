import { z } from "zod";
import { da } from "@/lib/i18n/da";
import { monthsRange, retentionKinds } from "./kinds";

// The policy form: a whole number of months per kind, within the range; the four scores are kept
// at least as long as the texts they are stored with. The same schema checks the form and the action.

const outOfRange = da.retention.policy.monthsRange(monthsRange.min, monthsRange.max);
const months = z.number({ error: outOfRange }).int(outOfRange).min(monthsRange.min, outOfRange).max(monthsRange.max, outOfRange);

export const retentionPolicySchema = z
  .object(Object.fromEntries(retentionKinds.map((kind) => [kind, months])) as Record<(typeof retentionKinds)[number], typeof months>)
  .refine((policy) => policy.SHEET_SCORES >= policy.SHEET_TEXTS, {
    path: ["SHEET_SCORES"],
    message: da.retention.policy.scoresBeforeTexts,
  });

export type RetentionPolicyInput = z.input<typeof retentionPolicySchema>;
export type RetentionPolicyValues = z.output<typeof retentionPolicySchema>;

const holdReasonMax = 1000;

export const legalHoldSchema = z.object({
  personId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(1, da.errors.required)
    .max(holdReasonMax, { error: (issue) => da.errors.tooLongBy(holdReasonMax, String(issue.input ?? "").length) }),
});

export const liftHoldSchema = z.object({ holdId: z.uuid() });
