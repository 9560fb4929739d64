"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { deliverAfterChange } from "@/lib/mail/outbox";
import { cancelConversation as cancel, scheduleConversation as schedule } from "./mutations/conversations";
import { createRound as create } from "./mutations/create";
import { saveKickoff as kickoff, saveRoundDetails as details } from "./mutations/details";
import { markAbsentSchema, bringBackSchema } from "./absence-schema";
import { bringBack, markAbsent } from "./mutations/absence";
import { addParticipant as add, removeParticipant as remove, saveParticipants as participants } from "./mutations/participants";
import { includeParticipants as include } from "./mutations/include";
import { publishRound as publish } from "./mutations/publish";
import {
  addGroup as newGroup,
  removeGroup as dropGroup,
  renameGroup as rename,
  saveGroupQuestions as questions,
} from "./mutations/questions";
import {
  addGroupSchema,
  addParticipantSchema,
  cancelConversationSchema,
  createRoundSchema,
  includeParticipantsSchema,
  publishSchema,
  removeGroupSchema,
  removeParticipantSchema,
  renameGroupSchema,
  saveDetailsSchema,
  saveKickoffSchema,
  saveParticipantsSchema,
  saveQuestionsSchema,
  scheduleConversationSchema,
} from "./schema";

// Each action: authenticated and validated by defineAction; the mutation asks the policy and the
// state machine inside its transaction (mutations/planned-round.ts). Mail queued by a change is
// delivered right after it is saved; what cannot be delivered now stays queued.

const deliver = () => deliverAfterChange(db());

export const createRound = defineAction(createRoundSchema, async ({ actor, input }) =>
  create(db(), { actor, municipalityId: await requireMunicipalityId(), values: input }),
);

export const saveRoundDetails = defineAction(saveDetailsSchema, async ({ actor, input }) =>
  details(db(), { actor, ...input }, input.values),
);

export const saveKickoff = defineAction(saveKickoffSchema, async ({ actor, input }) => kickoff(db(), { actor, ...input }, input.values));

export const saveGroupQuestions = defineAction(saveQuestionsSchema, async ({ actor, input }) =>
  questions(db(), { actor, ...input }, input.groupId, input.values),
);

export const addGroup = defineAction(addGroupSchema, async ({ actor, input }) =>
  newGroup(db(), { actor, ...input }, input.copyFromGroupId, input.values.name),
);

export const renameGroup = defineAction(renameGroupSchema, async ({ actor, input }) =>
  rename(db(), { actor, ...input }, input.groupId, input.values.name),
);

export const removeGroup = defineAction(removeGroupSchema, async ({ actor, input }) => dropGroup(db(), { actor, ...input }, input.groupId));

export const saveParticipants = defineAction(saveParticipantsSchema, async ({ actor, input }) =>
  participants(db(), { actor, ...input }, input.participants),
);

export const addParticipant = defineAction(addParticipantSchema, async ({ actor, input }) => {
  const result = await add(db(), { actor, ...input }, input.personId);
  return { ...result, ...(await deliver()) };
});

export const includeParticipants = defineAction(includeParticipantsSchema, async ({ actor, input }) => {
  const result = await include(db(), { actor, ...input }, input.personIds);
  return { ...result, ...(await deliver()) };
});

export const removeParticipant = defineAction(removeParticipantSchema, async ({ actor, input }) => {
  const result = await remove(db(), { actor, ...input }, input.participantId);
  return { ...result, ...(await deliver()) };
});

export const scheduleConversation = defineAction(scheduleConversationSchema, async ({ actor, input }) => {
  const result = await schedule(db(), { actor, ...input }, input.participantId, input.values);
  return { ...result, ...(await deliver()) };
});

export const cancelConversation = defineAction(cancelConversationSchema, async ({ actor, input }) => {
  const result = await cancel(db(), { actor, ...input }, input.participantId);
  return { ...result, ...(await deliver()) };
});

export const publishRound = defineAction(publishSchema, async ({ actor, input }) => {
  const result = await publish(db(), { actor, ...input });
  return { ...result, ...(await deliver()) };
});

export const markParticipantAbsent = defineAction(markAbsentSchema, async ({ actor, input }) => {
  const result = await markAbsent(db(), { actor, ...input }, input.participantId, input.reason);
  return { ...result, ...(await deliver()) };
});

export const bringParticipantBack = defineAction(bringBackSchema, async ({ actor, input }) => {
  const result = await bringBack(db(), { actor, ...input }, input.participantId);
  return { ...result, ...(await deliver()) };
});
