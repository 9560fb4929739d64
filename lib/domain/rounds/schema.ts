import { z } from "zod";
import { isCalendarDate, isMeetingDate, meetingDateRange } from "@/lib/dates/calendar";
import { parseDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";
import { formatDate } from "@/lib/i18n/format";

// Shared by the round forms (react-hook-form) and the server actions: the same rules, the same
// Danish messages, next to the same fields.

const e = da.errors;
const r = da.rounds.errors;

/** Text up to `max` characters; the message says how far over the person is. */
export function text(max: number, { required = false } = {}) {
  const base = z
    .string()
    .trim()
    .max(max, { error: (issue) => e.tooLongBy(max, String(issue.input ?? "").trim().length) });
  return required ? base.min(1, e.required) : base;
}

export const limits = {
  title: 200,
  focus: 4000,
  notes: 10000,
  coreTask: 4000,
  goal: 500,
  goals: 20,
  question: 500,
  questionsPerTheme: 40,
  groupName: 100,
  location: 300,
} as const;

/**
 * A calendar date between 2000 and 2100 (lib/dates/calendar.ts), the only ones the app accepts.
 * Typed as Danes write it (dd-mm-åååå, lib/dates/danish.ts) in the form, or ISO from a form already
 * parsed on the client; the value that comes out is always ISO.
 */
export const isoDate = z
  .string(r.date)
  .trim()
  .transform((value) => parseDanishDate(value) ?? value)
  .pipe(z.iso.date(r.date).refine(isCalendarDate, r.dateRange));
/** A meeting's date: close to today (lib/dates/calendar.ts), the range named in the message. */
export const meetingDate = isoDate.refine((value) => isMeetingDate(value), {
  error: () => {
    const { from, to } = meetingDateRange();
    return r.meetingDate(formatDate(new Date(`${from}T12:00:00Z`)), formatDate(new Date(`${to}T12:00:00Z`)));
  },
});
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, r.time);

export const roundKinds = ["MUS", "LUS"] as const;
export type RoundKind = (typeof roundKinds)[number];

const timelineFields = ["kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate"] as const;

const detailsShape = {
  title: text(limits.title, { required: true }),
  year: z.number({ error: r.year }).int(r.year).min(2020, r.year).max(2100, r.year),
  focus: text(limits.focus),
  kickoffDate: isoDate,
  conversationsFrom: isoDate,
  conversationsTo: isoDate,
  wrapUpDate: isoDate,
  followUpDate: isoDate,
};

/** Each date on or after the one before it; the message goes to the later field. */
function timelineInOrder(values: Record<(typeof timelineFields)[number], string>, context: z.RefinementCtx) {
  for (let index = 1; index < timelineFields.length; index += 1) {
    const earlier = timelineFields[index - 1];
    const later = timelineFields[index];
    if (values[earlier] && values[later] && values[later] < values[earlier]) {
      context.addIssue({ code: "custom", path: [later], message: r.dateBefore(da.rounds.fields[earlier].toLowerCase()) });
    }
  }
}

export const createRoundSchema = z
  .object({ kind: z.enum(roundKinds, r.kind), templateId: z.uuid(r.template), ...detailsShape })
  .superRefine(timelineInOrder);
export type CreateRoundInput = z.input<typeof createRoundSchema>;
export type CreateRoundValues = z.output<typeof createRoundSchema>;

/** Every change to a planned round names the version it was made on (see mutations/version.ts). */
const roundRef = { roundId: z.uuid(), version: z.number().int().min(1) };

export const roundDetailsSchema = z.object(detailsShape).superRefine(timelineInOrder);
export type RoundDetailsInput = z.input<typeof roundDetailsSchema>;
export const saveDetailsSchema = z.object({ ...roundRef, values: roundDetailsSchema });

export const kickoffSchema = z.object({
  kickoffNotes: text(limits.notes),
  coreTask: text(limits.coreTask),
  developmentGoals: z.array(z.object({ text: text(limits.goal, { required: true }) })).max(limits.goals, r.tooManyGoals(limits.goals)),
});
export type KickoffInput = z.input<typeof kickoffSchema>;
export const saveKickoffSchema = z.object({ ...roundRef, values: kickoffSchema });

/** One group's questions, in order; each names its theme. Flat, so the editor has one list to move within. */
export const questionSetSchema = z.object({
  questions: z
    .array(z.object({ themeId: z.uuid(), text: text(limits.question, { required: true }), prioritised: z.boolean() }))
    .superRefine((questions, context) => {
      const perTheme = new Map<string, number>();
      for (const question of questions) perTheme.set(question.themeId, (perTheme.get(question.themeId) ?? 0) + 1);
      if ([...perTheme.values()].some((count) => count > limits.questionsPerTheme)) {
        context.addIssue({ code: "custom", message: r.tooManyQuestions(limits.questionsPerTheme) });
      }
    }),
});
export type QuestionSetInput = z.input<typeof questionSetSchema>;
export const saveQuestionsSchema = z.object({ ...roundRef, groupId: z.uuid(), values: questionSetSchema });

export const groupNameSchema = z.object({ name: text(limits.groupName, { required: true }) });
export type GroupNameInput = z.input<typeof groupNameSchema>;
export const addGroupSchema = z.object({ ...roundRef, copyFromGroupId: z.uuid(), values: groupNameSchema });
export const renameGroupSchema = z.object({ ...roundRef, groupId: z.uuid(), values: groupNameSchema });
export const removeGroupSchema = z.object({ ...roundRef, groupId: z.uuid() });

export const participantSchema = z.object({
  groupId: z.uuid(r.group),
  offerSeniorConversation: z.boolean(),
  offerTalentDevelopment: z.boolean(),
});
export const participantsFormSchema = z.object({ participants: z.array(participantSchema.extend({ participantId: z.uuid() })).max(2000) });
export type ParticipantsFormInput = z.input<typeof participantsFormSchema>;
export const saveParticipantsSchema = participantsFormSchema.extend(roundRef);
export const addParticipantSchema = z.object({ ...roundRef, personId: z.uuid(r.choosePerson) });
export const removeParticipantSchema = z.object({ ...roundRef, participantId: z.uuid() });
/** The people the participant rules left out whom the leader takes in (mutations/include.ts). */
export const includeParticipantsSchema = z.object({
  ...roundRef,
  personIds: z.array(z.uuid()).min(1, da.employment.participants.chooseSomeone).max(2000),
});

/** A meeting to book with a calendar invitation: the conversation, or a mini-MUS after it. */
export function meetingSchema(minMinutes: number, durationMessage: string) {
  return z.object({
    date: meetingDate,
    time: clockTime,
    durationMinutes: z.number({ error: durationMessage }).int(durationMessage).min(minMinutes, durationMessage).max(240, durationMessage),
    location: text(limits.location, { required: true }),
  });
}

export const conversationSchema = meetingSchema(15, r.duration);
export type ConversationInput = z.input<typeof conversationSchema>;
export const scheduleConversationSchema = z.object({ ...roundRef, participantId: z.uuid(), values: conversationSchema });
export const cancelConversationSchema = z.object({ ...roundRef, participantId: z.uuid() });

export const publishSchema = z.object(roundRef);
