import { z } from "zod";
import { da } from "@/lib/i18n/da";

// Shared by the leader's form for the round's union representative, the representative's comment
// form and their server actions: the same rules, the same Danish messages.

const e = da.unionRep.errors;

/** A comment's length limit (the table's CHECK constraint holds the same). */
export const commentMax = 2000;

export const unionRepValuesSchema = z.object({
  /** null: the round has no union representative (any earlier one is removed). */
  personId: z.uuid(e.person).nullable(),
  mayComment: z.boolean(),
});

export type UnionRepValues = z.output<typeof unionRepValuesSchema>;

export const unionRepSchema = z.object({ roundId: z.uuid(), version: z.number().int().positive(), values: unionRepValuesSchema });

export const commentValuesSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, da.errors.required)
    .max(commentMax, { error: (issue) => da.errors.tooLongBy(commentMax, String(issue.input ?? "").length) }),
});

export type CommentValues = z.output<typeof commentValuesSchema>;

export const commentSections = ["MATERIAL", "WRAP_UP"] as const;
export type CommentSection = (typeof commentSections)[number];

export const commentSchema = z.object({ roundId: z.uuid(), section: z.enum(commentSections), values: commentValuesSchema });

/** The leader's search for a person by name (the page's query string). */
export const personSearchSchema = z.string().trim().min(2).max(100);
