import { z } from "zod";
import { da } from "@/lib/i18n/da";

const e = da.guidance.helpContact.errors;

// The municipality's help contact as the form holds it and the server checks it: all four empty
// (no contact), or a name and a way to reach them.
export const helpContactSchema = z
  .object({
    name: z.string().trim().max(120, e.name),
    title: z.string().trim().max(120, e.title),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => value === "" || z.email().safeParse(value).success, e.email),
    phone: z
      .string()
      .trim()
      .refine((value) => value === "" || /^\+?[\d ()-]{6,20}$/.test(value), e.phone),
  })
  .superRefine((value, context) => {
    const any = value.title !== "" || value.email !== "" || value.phone !== "";
    if (value.name === "" && any) context.addIssue({ code: "custom", path: ["name"], message: e.nameMissing });
    if (value.name !== "" && value.email === "" && value.phone === "")
      context.addIssue({ code: "custom", path: ["email"], message: e.reach });
  });
export type HelpContactInput = z.input<typeof helpContactSchema>;
export type HelpContact = z.output<typeof helpContactSchema>;
