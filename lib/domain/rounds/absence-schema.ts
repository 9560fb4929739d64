import { z } from "zod";
import { da } from "@/lib/i18n/da";

// "Not this round" and bringing someone back: the same schema for the form and the server action.
// The reason is a category, never free text, so no health information is stored.

export const absenceReasons = ["LONG_TERM_ABSENCE", "LEAVE", "STARTS_LATER", "LEAVING", "OTHER"] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

const roundRef = { roundId: z.uuid(), version: z.number().int().positive(), participantId: z.uuid() };

export const markAbsentSchema = z.object({
  ...roundRef,
  reason: z.enum(absenceReasons, { error: da.rounds.absence.chooseReason }),
});

export const bringBackSchema = z.object(roundRef);

export type MarkAbsentInput = z.input<typeof markAbsentSchema>;
