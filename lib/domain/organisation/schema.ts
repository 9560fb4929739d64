import { z } from "zod";
import { da } from "@/lib/i18n/da";

const t = da.admin.units.errors;

/** Shared by the unit forms and the server action. An area has no parent; a unit has an area. */
export const unitFormSchema = z
  .object({
    id: z.uuid().optional(),
    version: z.string().optional(),
    name: z.string().trim().min(1, da.errors.required).max(200, da.errors.tooLong(200)),
    kind: z.enum(["AREA", "UNIT"]),
    parentId: z.union([z.literal(""), z.uuid(t.unknownParent)]),
  })
  .superRefine((unit, context) => {
    if (unit.kind === "UNIT" && !unit.parentId) context.addIssue({ code: "custom", path: ["parentId"], message: t.parentRequired });
    if (unit.kind === "AREA" && unit.parentId) context.addIssue({ code: "custom", path: ["parentId"], message: t.areaHasNoParent });
  });

export type UnitFormInput = z.input<typeof unitFormSchema>;
export type UnitFormValues = z.output<typeof unitFormSchema>;
