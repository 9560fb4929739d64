import { z } from "zod";
import { da } from "@/lib/i18n/da";

// Shared by the handover form (react-hook-form) and its server action: the same rules, the same
// Danish messages, next to the same fields.

const e = da.handover.errors;

export const handoverValuesSchema = z.object({
  toLeaderId: z.uuid(e.toLeader),
  // "Giv mine noter videre": the old leader's own choice (refused from anyone else).
  handOverNotes: z.boolean(),
  confirmed: z.boolean().refine((value) => value, e.confirm),
});

export type HandoverValues = z.output<typeof handoverValuesSchema>;

export const handoverSchema = z.object({ roundId: z.uuid(), values: handoverValuesSchema });
