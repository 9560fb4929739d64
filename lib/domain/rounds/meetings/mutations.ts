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

/** The meetings still ahead that concern this participant: the kick-off, the wrap-up and their group's GRUS. */
async function standingMeetings(tx: Transaction, participantId: string) {
  const participant = await tx.roundParticipant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      roundId: true,
      groupId: true,
      absence: true,
      person: { select: { id: true, name: true, email: true } },
      round: { select: { title: true, unionRepId: true } },
    },
  });
  const meetings = await tx.roundMeeting.findMany({
    where: {
      roundId: participant.roundId,
      cancelledAt: null,
      startsAt: { gt: new Date() },
      OR: [{ kind: { in: ["KICKOFF", "WRAP_UP"] } }, { kind: "GRUS", groupId: participant.groupId }],
    },
    orderBy: { startsAt: "asc" },
  });
  return { participant, meetings };
}

/**
 * A participant who joins the round (added, or brought back from "not this round") gets the
 * standing invitations, at each event's current SEQUENCE and naming everyone, themselves included.
 * Call after the participation is saved.
 */
export async function inviteToStandingMeetings(tx: Transaction, participantId: string): Promise<void> {
  const { participant, meetings } = await standingMeetings(tx, participantId);
  if (participant.absence !== null) return;
  const round = { id: participant.roundId, title: participant.round.title };
  for (const meeting of meetings) {
    const people = await meetingPeople(tx, round.id, meeting.kind, meeting.groupId);
    await enqueueMails(tx, meetingMails(round, event(meeting), people, [participant.person], "set"));
  }
}

/**
 * A participant who leaves the round (taken out, or marked "not this round") gets a cancellation
 * of each meeting still ahead, for them alone: the event's SEQUENCE rises, so a later update to
 * everyone still supersedes it. The union representative keeps the kick-off and the wrap-up.
 * Call before the participation is deleted or marked.
 */
export async function withdrawFromMeetings(tx: Transaction, participantId: string): Promise<void> {
  const { participant, meetings } = await standingMeetings(tx, participantId);
  // Someone already away (or moved to another leader) was taken off the meetings then.
  if (participant.absence !== null) return;
  const round = { id: participant.roundId, title: participant.round.title };
  const isRep = participant.round.unionRepId === participant.person.id;
  for (const meeting of meetings) {
    if (isRep && meeting.kind !== "GRUS") continue;
    const saved = await tx.roundMeeting.update({ where: { id: meeting.id }, data: { icsSequence: { increment: 1 } } });
    const people = await meetingPeople(tx, round.id, saved.kind, saved.groupId);
    await enqueueMails(tx, meetingMails(round, event(saved), people, [participant.person], "notAttending"));
  }
}
