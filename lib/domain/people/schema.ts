import { z } from "zod";
import { emailSchema, optionalEmailSchema } from "@/lib/auth/schema";
import { da } from "@/lib/i18n/da";

const e = da.errors;
const roles = ["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER"] as const;

/** Shared by the person form (react-hook-form) and the server action. */
export const personFormSchema = z.object({
  id: z.uuid().optional(),
  // The updatedAt the form was opened with; the save is refused if someone saved in between.
  version: z.string().optional(),
  name: z.string().trim().min(1, e.required).max(200, e.tooLong(200)),
  email: emailSchema,
  jobTitle: z.string().trim().max(200, e.tooLong(200)),
  unitId: z.uuid(da.admin.person.errors.unknownUnit),
  managerEmail: optionalEmailSchema,
  roles: z.array(z.enum(roles)),
  active: z.boolean(),
});

export type PersonFormInput = z.input<typeof personFormSchema>;
export type PersonFormValues = z.output<typeof personFormSchema>;
