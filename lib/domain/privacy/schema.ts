import { z } from "zod";
import { emailSchema } from "@/lib/auth/schema";
import { da } from "@/lib/i18n/da";

// The administrator's privacy settings: the controller and the DPO's contact, an optional link to
// the municipality's own privacy policy, and whether a person's own export (GDPR art. 15) leaves out
// the leader's notes about them while their round is open, with the reason they are shown. The same
// schema checks the form and the action.

const t = da.privacy.settings.errors;

/** Required text of at most `max` characters; a longer one is refused saying by how much. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, da.errors.required)
    .max(max, { error: (issue) => da.errors.tooLongBy(max, String(issue.input ?? "").length) });

/** A phone number as people write it: digits, spaces, a leading +, hyphens and brackets. */
const phone = text(40).regex(/^\+?[\d\s()-]*\d[\d\s()-]*$/, t.phone);

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

const policyUrl = z
  .string()
  .trim()
  .max(500, da.errors.tooLong(500))
  .refine((value) => value === "" || isHttps(value), t.url);

const withholdReasonMax = 1000;

// Kept (and checked for length) while the box is off, so turning it off and on again loses nothing.
const withholdLeaderNotesReason = z
  .string()
  .trim()
  .max(withholdReasonMax, { error: (issue) => da.errors.tooLongBy(withholdReasonMax, String(issue.input ?? "").length) });

const withholding = z.object({ withholdLeaderNotes: z.boolean(), withholdLeaderNotesReason });

export const privacySettingsSchema = z
  .object({
    controllerName: text(200),
    controllerAddress: text(500),
    dpoName: text(200),
    dpoEmail: emailSchema,
    dpoPhone: phone,
    policyUrl,
    ...withholding.shape,
  })
  .refine((values) => !values.withholdLeaderNotes || values.withholdLeaderNotesReason !== "", {
    path: ["withholdLeaderNotesReason"],
    error: t.withholdReason,
    // Checked even while another field is wrong, so every message shows at once.
    when: (payload) => withholding.safeParse(payload.value).success,
  });

export type PrivacySettingsInput = z.input<typeof privacySettingsSchema>;
export type PrivacySettingsValues = z.output<typeof privacySettingsSchema>;

export const privacyFields = Object.keys(privacySettingsSchema.shape) as (keyof PrivacySettingsValues)[];
