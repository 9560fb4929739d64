import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import { copenhagenToInstant } from "@/lib/calendar/local-time";
import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { changeRound, type RoundChange } from "../mutations/planned-round";
import { meetingPeople } from "./data";
import { meetingMails, type MeetingChange } from "./mails";
import { meetingActions, type MeetingKind, type meetingValuesSchema } from "./schema";

// Setting, moving and cancelling the round's common meetings, and the invitations that follow a
// participant in and out of the round. Every change goes through changeRound (row lock, policy:
// only the round's leader, state machine, version) and queues its mails in the same transaction.

const e = da.meetings.errors;

type StoredMeeting = {
  id: string;
  kind: MeetingKind;
  groupId: string | null;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  icsUid: string;
  icsSequence: number;
  cancelledAt: Date | null;
};

const event = (meeting: StoredMeeting) => ({
  kind: meeting.kind,
  uid: meeting.icsUid,
  sequence: meeting.icsSequence,
  start: meeting.startsAt,
  durationMinutes: meeting.durationMinutes,
  location: meeting.location,
});

async function assertGroup(tx: Transaction, roundId: string, kind: MeetingKind, groupId: string | null) {
  if (kind !== "GRUS") {
    if (groupId !== null) throw new FormError(e.noGroup);
    return;
  }
  if (groupId === null) throw new FormError(e.groupNeeded);
  if (!(await tx.roundGroup.count({ where: { id: groupId, roundId } }))) throw new FormError(e.unknownGroup);
}

/** Mails to everyone concerned, the leader included. */
async function tellEveryone(tx: Transaction, round: { id: string; title: string }, meeting: StoredMeeting, change: MeetingChange) {
  const people = await meetingPeople(tx, round.id, meeting.kind, meeting.groupId);
  await enqueueMails(tx, meetingMails(round, event(meeting), people, [...people.attendees, people.leader], change));
}

async function audit(tx: Transaction, actorId: string, meeting: StoredMeeting, details: Record<string, string>) {
  await recordAudit(tx, {
    actorId,
    action: "round.meeting",
    resourceKind: "roundMeeting",
    resourceId: meeting.id,
    purpose: "planning",
    details: { kind: meeting.kind, ...details },
  });
}

/**
 * Sets or moves a meeting. The first time it is a new calendar event; a move (or setting a
 * cancelled one again) keeps its UID and raises its SEQUENCE, so every calendar updates the event.
 */
export async function setMeeting(
  database: Database,
  change: RoundChange,
  kind: MeetingKind,
  groupId: string | null,
  values: z.output<typeof meetingValuesSchema>,
) {
  return changeRound(database, change, meetingActions[kind], async (tx, round) => {
    await assertGroup(tx, round.id, kind, groupId);
    const startsAt = copenhagenToInstant(values.date, values.time);
    if (Number.isNaN(startsAt.getTime())) throw new FieldError("values.time", da.rounds.errors.date);
    const existing = await tx.roundMeeting.findFirst({ where: { roundId: round.id, kind, groupId } });
    const data = { startsAt, durationMinutes: values.durationMinutes, location: values.location, cancelledAt: null };
    const saved = existing
      ? await tx.roundMeeting.update({ where: { id: existing.id }, data: { ...data, icsSequence: existing.icsSequence + 1 } })
      : await tx.roundMeeting.create({ data: { ...data, roundId: round.id, kind, groupId, icsUid: `${randomUUID()}@mus-lus` } });
    const moved = existing !== null && existing.cancelledAt === null;
    await tellEveryone(tx, round, saved, moved ? "moved" : "set");
    await audit(tx, change.actor.id, saved, { change: moved ? "moved" : "set" });
    return { moved };
  });
}

/** Cancels a meeting in everyone's calendar; the row stays, so setting it again is the same event. */
export async function cancelMeeting(database: Database, change: RoundChange, kind: MeetingKind, groupId: string | null) {
  return changeRound(database, change, meetingActions[kind], async (tx, round) => {
    await assertGroup(tx, round.id, kind, groupId);
    const existing = await tx.roundMeeting.findFirst({ where: { roundId: round.id, kind, groupId } });
    if (!existing) throw new FormError(e.noMeeting);
    if (existing.cancelledAt) throw new FormError(e.alreadyCancelled);
    const saved = await tx.roundMeeting.update({
      where: { id: existing.id },
      data: { cancelledAt: new Date(), icsSequence: existing.icsSequence + 1 },
    });
    await tellEveryone(tx, round, saved, "cancelled");
    await audit(tx, change.actor.id, saved, { change: "cancelled" });
    return {};
  });
}

type Person = { id: string; name: string; email: string | null };
type RoundFacts = { id: string; title: string };

/** The meetings still ahead and not cancelled: the kick-off and the wrap-up, and GRUS of one group if given. */
function standing(tx: Transaction, roundId: string, grusGroupId: string | null) {
  return tx.roundMeeting.findMany({
    where: {
      roundId,
      cancelledAt: null,
      startsAt: { gt: new Date() },
      OR: [{ kind: { in: ["KICKOFF", "WRAP_UP"] } }, ...(grusGroupId ? [{ kind: "GRUS" as const, groupId: grusGroupId }] : [])],
    },
    orderBy: { startsAt: "asc" },
  });
}

/** The standing invitations to one person, at each event's current SEQUENCE, naming everyone concerned. */
async function invite(tx: Transaction, round: RoundFacts, meetings: StoredMeeting[], person: Person) {
  for (const meeting of meetings) {
    const people = await meetingPeople(tx, round.id, meeting.kind, meeting.groupId);
    await enqueueMails(tx, meetingMails(round, event(meeting), people, [person], "set"));
  }
}

/**
 * A cancellation of each meeting for one person alone: the event's SEQUENCE rises, so a later
 * update to everyone still supersedes it, and the others' calendars keep the event.
 */
async function withdraw(tx: Transaction, round: RoundFacts, meetings: StoredMeeting[], person: Person) {
  for (const meeting of meetings) {
    const saved = await tx.roundMeeting.update({ where: { id: meeting.id }, data: { icsSequence: { increment: 1 } } });
    const people = await meetingPeople(tx, round.id, saved.kind, saved.groupId);
    await enqueueMails(tx, meetingMails(round, event(saved), people, [person], "notAttending"));
  }
}

async function participation(tx: Transaction, participantId: string) {
  return tx.roundParticipant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      roundId: true,
      groupId: true,
      absence: true,
      person: { select: { id: true, name: true, email: true } },
      round: { select: { title: true, unionRepId: true } },
    },
  });
}

/**
 * A participant who joins the round (added, brought back from "not this round", moved in from
 * another leader's round) gets the standing invitations. Call after the participation is saved.
 */
export async function inviteToStandingMeetings(tx: Transaction, participantId: string): Promise<void> {
  const participant = await participation(tx, participantId);
  // Someone who arrives away joins the meetings when brought back.
  if (participant.absence !== null) return;
  const meetings = await standing(tx, participant.roundId, participant.groupId);
  // The union representative already has the kick-off and the wrap-up.
  const fresh = meetings.filter((meeting) => meeting.kind === "GRUS" || participant.round.unionRepId !== participant.person.id);
  await invite(tx, { id: participant.roundId, title: participant.round.title }, fresh, participant.person);
}

/**
 * A participant who leaves the round (taken out, marked "not this round", moved to another
 * leader) gets a cancellation of each meeting still ahead, for them alone. The union
 * representative keeps the kick-off and the wrap-up. Call before the participation is deleted or marked.
 */
export async function withdrawFromMeetings(tx: Transaction, participantId: string): Promise<void> {
  const participant = await participation(tx, participantId);
  // Someone already away (or moved to another leader) was taken off the meetings then.
  if (participant.absence !== null) return;
  const meetings = await standing(tx, participant.roundId, participant.groupId);
  const leaving = meetings.filter((meeting) => meeting.kind === "GRUS" || participant.round.unionRepId !== participant.person.id);
  await withdraw(tx, { id: participant.roundId, title: participant.round.title }, leaving, participant.person);
}

/**
 * The union representative changed: the one named gets the standing kick-off and wrap-up, the one
 * no longer named a cancellation of them, unless each is in the round as a participant anyway.
 * Call after the round's unionRepId is saved.
 */
export async function followUnionRep(tx: Transaction, round: RoundFacts, before: string | null, after: string | null) {
  if (before === after) return;
  const participating = async (personId: string) =>
    (await tx.roundParticipant.count({ where: { roundId: round.id, personId, absence: null } })) > 0;
  const meetings = await standing(tx, round.id, null);
  if (meetings.length === 0) return;
  const person = (id: string) => tx.person.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true } });
  if (before && !(await participating(before))) await withdraw(tx, round, meetings, await person(before));
  if (after && !(await participating(after))) await invite(tx, round, meetings, await person(after));
}
