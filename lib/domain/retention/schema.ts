import { z } from "zod";
import { da } from "@/lib/i18n/da";
import { monthsRange, monthsRangeOf, retentionKinds, type RetentionKind } from "./kinds";

// The policy form: a whole number of months per kind, within the kind's range; the four scores are
// kept at least as long as the texts they are stored with; and no period below a minimum the
// municipality has marked as binding (a law or an agreement: an empty minimum is none). The same
// schema checks the form and the action.

const wholeMonths = ({ min, max }: { min: number; max: number }) => {
  const outOfRange = da.retention.policy.monthsRange(min, max);
  return z.number({ error: outOfRange }).int(outOfRange).min(min, outOfRange).max(max, outOfRange);
};

const minimum = wholeMonths(monthsRange).nullable().optional();

const periods = Object.fromEntries(retentionKinds.map((kind) => [kind, wholeMonths(monthsRangeOf(kind))])) as Record<
  RetentionKind,
  z.ZodNumber
>;

export const retentionPolicySchema = z
  .object({
    ...periods,
    minimums: z.partialRecord(z.enum(retentionKinds), minimum).default({}),
  })
  .superRefine((policy, context) => {
    if (policy.SHEET_SCORES < policy.SHEET_TEXTS)
      context.addIssue({ code: "custom", path: ["SHEET_SCORES"], message: da.retention.policy.scoresBeforeTexts });
    for (const kind of retentionKinds) {
      const binding = policy.minimums[kind];
      if (binding != null && policy[kind] < binding)
        context.addIssue({ code: "custom", path: [kind], message: da.retention.policy.belowMinimum(binding) });
    }
  });

export type RetentionPolicyInput = z.input<typeof retentionPolicySchema>;
/** What is saved: the periods, and the binding minimums (none when left out). */
export type RetentionPolicyValues = Omit<z.output<typeof retentionPolicySchema>, "minimums"> & {
  minimums?: z.output<typeof retentionPolicySchema>["minimums"];
};

const holdReasonMax = 1000;

const holdReason = z
  .string()
  .trim()
  .min(1, da.errors.required)
  .max(holdReasonMax, { error: (issue) => da.errors.tooLongBy(holdReasonMax, String(issue.input ?? "").length) });

export const legalHoldSchema = z.object({ personId: z.uuid(), reason: holdReason });

/** A hold on a whole round, chosen from the municipality's rounds. */
export const roundHoldSchema = z.object({ roundId: z.uuid({ error: da.retention.hold.chooseRound }), reason: holdReason });

export const liftHoldSchema = z.object({ holdId: z.uuid() });
