import { z } from "zod";
import { da } from "@/lib/i18n/da";

// One MED committee as the form saves it: its name, the units it covers, its members. The same
// schema checks the form and the server action.

const nameMax = 120;

export const committeeSchema = z.object({
  /** Absent for a new committee. */
  committeeId: z.uuid().optional(),
  name: z
    .string()
    .trim()
    .min(1, da.errors.required)
    .max(nameMax, { error: (issue) => da.errors.tooLongBy(nameMax, String(issue.input ?? "").length) }),
  // A large city has a few thousand units and a committee a few dozen members.
  unitIds: z.array(z.uuid()).max(10_000),
  memberIds: z.array(z.uuid()).max(1_000),
});

export type CommitteeInput = z.input<typeof committeeSchema>;
export type CommitteeValues = z.output<typeof committeeSchema>;

export const deleteCommitteeSchema = z.object({ committeeId: z.uuid() });
