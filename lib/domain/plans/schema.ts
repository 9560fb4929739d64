import { z } from "zod";
import { isoDate, meetingSchema, text } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";

// The follow-up forms' rules, shared by react-hook-form in the browser and the server actions.

const e = da.plans.errors;

export const followUpStates = ["notStarted", "started", "done", "dropped"] as const;
export type FollowUpState = (typeof followUpStates)[number];
/** States that leave an action unfinished: it is carried into the person's next round. */
export const unfinishedStates: readonly FollowUpState[] = ["notStarted", "started"];

export const followUpLimits = { note: 10_000, comment: 5_000 } as const;

export const followUpSchema = z.object({
  heldOn: isoDate,
  note: text(followUpLimits.note),
  actionStates: z.array(z.enum(followUpStates, e.actionState)).max(20),
});
export type FollowUpInput = z.input<typeof followUpSchema>;

/** A mini-MUS is short: from 5 minutes (the conversation itself from 15). */
export const miniMusSchema = meetingSchema(5, e.duration);
export type MiniMusInput = z.input<typeof miniMusSchema>;

export const recordFollowUpSchema = z.object({ planId: z.uuid(), values: followUpSchema });
export const bookMiniMusSchema = z.object({ planId: z.uuid(), values: miniMusSchema });

export const commentSchema = z.object({ comment: text(followUpLimits.comment) });
export type CommentInput = z.input<typeof commentSchema>;
export const employeeCommentSchema = z.object({ versionId: z.uuid(), values: commentSchema });
