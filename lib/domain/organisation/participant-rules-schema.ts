import { z } from "zod";
import { da } from "@/lib/i18n/da";

const e = da.employment.settings.errors;

/** A whole number in a range, or "" for none; as the form holds it, and as the server checks it. */
const optionalWhole = (from: number, to: number, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || (/^\d{1,3}$/.test(value) && Number(value) >= from && Number(value) <= to), message);

// The same limits as the database's CHECK constraints (migration employment_facts).
export const participantRulesSchema = z.object({
  inviteHourlySubstitutes: z.boolean(),
  seniorConversationAge: optionalWhole(40, 80, e.seniorAge),
  minimumEmploymentMonths: optionalWhole(1, 60, e.minimumMonths),
});
export type ParticipantRulesInput = z.input<typeof participantRulesSchema>;

export const wholeOrNull = (value: string) => (value === "" ? null : Number(value));
