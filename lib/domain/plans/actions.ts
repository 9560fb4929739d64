"use server";

import { after } from "next/server";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { da } from "@/lib/i18n/da";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { bringEarlierActions } from "@/lib/domain/plans/carry-over/mutations";
import { openPlan } from "@/lib/domain/plans/mutations/open";
import { bookMiniMus as book, recordFollowUp as record } from "@/lib/domain/plans/mutations/follow-up";
import { markFiled, saveEmployeeComment } from "@/lib/domain/plans/mutations/filing";
import { preparePlanPdf } from "@/lib/domain/plans/pdf/versions";
import { bookMiniMusSchema, employeeCommentSchema, recordFollowUpSchema } from "@/lib/domain/plans/schema";
import { approvePlan as approve } from "@/lib/domain/plans/mutations/sign-off";

/** Makes the plan (carrying and prefilling it) when the conversation page finds none: a write, so not on the page's read. */
export const openConversationPlan = defineAction(z.object({ roundId: z.uuid(), participantId: z.uuid() }), async ({ actor, input }) =>
  openPlan(db(), actor, input.roundId, input.participantId),
);

/**
 * After the answer has gone: the signed version's PDF is rendered and stored (pdf/stored.ts), so
 * that its first download only reads it. A failure costs only that: the download renders it.
 */
function preparePdfAfterwards(where: Parameters<typeof preparePlanPdf>[1]) {
  after(() =>
    preparePlanPdf(db(), where).catch((error: unknown) => console.error(`[pdf] storing a signed plan's PDF failed: ${String(error)}`)),
  );
}

// Approving the plan as one's screen shows it (the hash of that content); see mutations/sign-off.ts.
export const approvePlan = defineAction(
  z.object({ planId: z.uuid(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  async ({ actor, input }) => {
    const result = await approve(db(), actor, input.planId, input.hash);
    if (result.signed) preparePdfAfterwards({ planId: input.planId, number: result.number });
    return result;
  },
);

// The employee's approval given on the printed plan, registered by the leader (mutations/sign-off.ts).
export const approvePlanOnPaper = defineAction(
  z.object({
    planId: z.uuid(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    confirmed: z.literal(true, { error: da.paper.signature.errors.confirm }),
  }),
  async ({ actor, input }) => {
    const result = await approve(db(), actor, input.planId, input.hash, true);
    if (result.signed) preparePdfAfterwards({ planId: input.planId, number: result.number });
    return result;
  },
);

/** A follow-up note on the signed plan (see follow-up.ts). */
export const recordFollowUp = defineAction(recordFollowUpSchema, async ({ actor, input }) =>
  record(db(), actor, input.planId, input.values),
);

/** Books or moves the mini-MUS; both parties get a calendar invitation. */
export const bookMiniMus = defineAction(bookMiniMusSchema, async ({ actor, input }) => ({
  ...(await book(db(), actor, input.planId, input.values)),
  ...(await deliverAfterChange(db())),
}));

/** HR: a signed version is filed in the personnel folder (who and when is kept and shown). */
export const markPlanFiled = defineAction(z.object({ versionId: z.uuid() }), async ({ actor, input }) => {
  const result = await markFiled(db(), actor, input.versionId);
  preparePdfAfterwards({ versionId: input.versionId });
  return result;
});

/** The employee's remark to the signed version that is filed. */
export const saveFiledComment = defineAction(employeeCommentSchema, async ({ actor, input }) => {
  const result = await saveEmployeeComment(db(), actor, input.versionId, input.values.comment);
  preparePdfAfterwards({ versionId: input.versionId });
  return result;
});

/** The employee brings the unfinished actions of their previous plan along, when a new leader meant none came by themselves. */
export const bringEarlierPlanActions = defineAction(z.object({ planId: z.uuid() }), async ({ actor, input }) =>
  bringEarlierActions(db(), actor, input.planId),
);
