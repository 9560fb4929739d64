"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deliverAfterChange } from "@/lib/mail/outbox";
import {
  addJointAction as add,
  removeJointAction as remove,
  saveJointAction as save,
  setJointActionStatus as status,
} from "./mutations/joint-actions";
import { startNextRound as next } from "./mutations/next-round";
import { publishFeedback as publish, saveRoundNote as saveNote } from "./mutations/notes";
import { advanceRound as advance, setCarriedOver as carry } from "./mutations/phase";
import { settleAgreement as settle } from "./mutations/settle";
import {
  addJointActionSchema,
  advanceSchema,
  carryOverSchema,
  nextRoundSchema,
  publishFeedbackSchema,
  removeJointActionSchema,
  saveJointActionSchema,
  saveNoteSchema,
  setJointActionStatusSchema,
  settleSchema,
} from "./schema";

// The overview notes, GRUS, the wrap-up meeting, the follow-up and the round's phases. Each action
// is authenticated and validated by defineAction; the mutation asks the policy and the state
// machine inside its transaction, with the round's row locked.

const deliver = () => deliverAfterChange(db());

export const saveRoundNote = defineAction(saveNoteSchema, async ({ actor, input }) => saveNote(db(), actor, input));

export const publishFeedback = defineAction(publishFeedbackSchema, async ({ actor, input }) => {
  const result = await publish(db(), actor, input.roundId);
  return { ...result, ...(await deliver()) };
});

export const addJointAction = defineAction(addJointActionSchema, async ({ actor, input }) => add(db(), actor, input.roundId, input.values));

export const saveJointAction = defineAction(saveJointActionSchema, async ({ actor, input }) => save(db(), actor, input));

export const setJointActionStatus = defineAction(setJointActionStatusSchema, async ({ actor, input }) => status(db(), actor, input));

export const removeJointAction = defineAction(removeJointActionSchema, async ({ actor, input }) => remove(db(), actor, input));

export const settleAgreement = defineAction(settleSchema, async ({ actor, input }) => {
  const result = await settle(db(), actor, input);
  return { ...result, ...(await deliver()) };
});

export const setCarriedOver = defineAction(carryOverSchema, async ({ actor, input }) => carry(db(), actor, input));

export const advanceRound = defineAction(advanceSchema, async ({ actor, input }) =>
  advance(db(), { actor, roundId: input.roundId, version: input.version }, input.to),
);

export const startNextRound = defineAction(nextRoundSchema, async ({ actor, input }) => next(db(), actor, input.roundId));
