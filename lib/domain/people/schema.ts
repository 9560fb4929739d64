import { z } from "zod";
import { optionalEmailSchema } from "@/lib/auth/schema";
import { da } from "@/lib/i18n/da";
import { employmentTypes, parseBirthYear, parseEmploymentStart } from "./employment";

const e = da.errors;
const roles = ["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER"] as const;

/** The HR system's employee number, trimmed, or "" for none (stored as NULL). Kept as typed: "A0042" and "a0042" differ. */
export const employeeNumberSchema = z.string().trim().max(50, e.tooLong(50));

/**
 * A manager named by e-mail address (anything with an @, lower-cased) or by employee number, since
 * not every manager has an address; "" for none.
 */
export const managerReferenceSchema = z
  .string()
  .trim()
  .max(254, e.tooLong(254))
  .transform((value) => (value.includes("@") ? value.toLowerCase() : value))
  .refine((value) => !value.includes("@") || z.email().safeParse(value).success, e.email);

/** The start date and birth year with the import's rules and messages, next to their fields. */
function checkEmploymentFacts(person: { employmentStart?: string; birthYear?: string }, context: z.RefinementCtx) {
  const now = new Date();
  const start = person.employmentStart ? parseEmploymentStart(person.employmentStart, now) : null;
  if (start && !start.ok) context.addIssue({ code: "custom", path: ["employmentStart"], message: start.message });
  const year = person.birthYear ? parseBirthYear(person.birthYear, now) : null;
  if (year && !year.ok) context.addIssue({ code: "custom", path: ["birthYear"], message: year.message });
}

/**
 * Shared by the person form (react-hook-form) and the server action. A person needs a number or an
 * address (or both): with neither, the next import could not find them and would make a second person.
 */
export const personFormSchema = z
  .object({
    id: z.uuid().optional(),
    // The updatedAt the form was opened with; the save is refused if someone saved in between.
    version: z.string().optional(),
    name: z.string().trim().min(1, e.required).max(200, e.tooLong(200)),
    // Optional: kitchen, cleaning and care staff often have no work address.
    email: optionalEmailSchema,
    employeeNumber: employeeNumberSchema,
    jobTitle: z.string().trim().max(200, e.tooLong(200)),
    unitId: z.uuid(da.admin.person.errors.unknownUnit),
    manager: managerReferenceSchema,
    roles: z.array(z.enum(roles)),
    active: z.boolean(),
    // Employment facts, as the form holds them: "" for not given (the default, so callers that
    // predate them still validate; an update without them clears nothing, see savePerson).
    employmentType: z.union([z.enum(employmentTypes), z.literal("")], da.employment.person.errors.type).optional(),
    employmentStart: z.string().trim().optional(),
    birthYear: z.string().trim().optional(),
    senior: z.enum(["", "yes", "no"]).optional(),
  })
  .superRefine(checkEmploymentFacts)
  .refine((person) => person.email !== "" || person.employeeNumber !== "", {
    path: ["employeeNumber"],
    message: da.admin.person.errors.needsKey,
  });

export type PersonFormInput = z.input<typeof personFormSchema>;
export type PersonFormValues = z.output<typeof personFormSchema>;
