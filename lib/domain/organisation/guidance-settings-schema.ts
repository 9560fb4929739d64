import { z } from "zod";
import { da } from "@/lib/i18n/da";

const e = da.guidanceSettings.errors;
export const maxPolicyLinks = 8;

// Control characters never belong in a name or a link (a NUL once stopped every autosave).
const clean = (value: string) => !/[\u0000-\u001f\u007f]/.test(value);

/** Only web addresses: a link shown to every leader must not run script or open a local file. */
const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
};

// A row with both fields empty is a row the administrator cleared: it is dropped, not refused.
const policyLink = z
  .object({
    title: z.string().trim().max(120, e.title).refine(clean, e.title),
    url: z.string().trim().max(500, e.url),
  })
  .superRefine((value, context) => {
    if (value.title === "" && value.url === "") return;
    if (value.url === "") context.addIssue({ code: "custom", path: ["url"], message: e.urlMissing });
    else if (!isWebAddress(value.url)) context.addIssue({ code: "custom", path: ["url"], message: e.url });
    if (value.title === "") context.addIssue({ code: "custom", path: ["title"], message: e.titleMissing });
  });

export const guidanceSettingsSchema = z.object({
  cooperationBody: z.string().trim().min(2, e.body).max(60, e.body).refine(clean, e.body),
  policyLinks: z
    .array(policyLink)
    .max(maxPolicyLinks, e.tooMany)
    .transform((links) => links.filter((link) => link.title !== "" || link.url !== "")),
});
export type GuidanceSettingsInput = z.input<typeof guidanceSettingsSchema>;
export type GuidanceSettings = z.output<typeof guidanceSettingsSchema>;
