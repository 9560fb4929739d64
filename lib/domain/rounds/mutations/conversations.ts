import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { copenhagenToInstant } from "@/lib/calendar/local-time";
import { sqlIn, type Database, type Transaction } from "@/lib/db-client";
import { assertProcessable } from "@/lib/domain/restriction/processing";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { conversationMails, type Party } from "../mails";
import type { conversationSchema } from "../schema";
import { party, roundFacts } from "./facts";
import { participantMay, type RoundState } from "../state-machine";
import { changeRound, type RoundChange } from "./planned-round";

const e = da.rounds.errors;

/** Booking in this phase, for this person: as the phase allows, or as their catch-up conversation; not while away. */
function assertMayBook(state: RoundState, participant: { absence: string | null; catchUpAt: Date | null; person: { name: string } }) {
  const t = da.rounds.state;
  if (!participantMay(state, "scheduleConversation", participant)) throw new FormError(t.notNow(t.names[state]));
  if (participant.absence === "NEW_LEADER") throw new FormError(da.managerChange.errors.moved);
  if (participant.absence) throw new FormError(da.rounds.absence.notBookable(participant.person.name));
}

/**
 * Books or moves a participant's conversation and queues the invitations. A move keeps the
 * calendar event's UID and raises its SEQUENCE, so both calendars update the one event. Not for
 * someone whose processing is restricted (GDPR art. 18); cancelling stays possible.
 */
export async function scheduleConversation(
  database: Database,
  change: RoundChange,
  participantId: string,
  values: z.output<typeof conversationSchema>,
) {
  return changeRound(database, change, ["scheduleConversation", "catchUp"], async (tx, round) => {
    const participant = await tx.roundParticipant.findFirst({
      where: { id: participantId, roundId: round.id },
      select: {
        id: true,
        personId: true,
        absence: true,
        catchUpAt: true,
        person: party,
        conversation: { select: { id: true, icsUid: true, icsSequence: true } },
      },
    });
    if (!participant) throw new FormError(e.notParticipant);
    assertMayBook(round.state, participant);
    await assertProcessable(sqlIn(tx), participant.personId, da.restriction.noBooking(participant.person.name));
    const startsAt = copenhagenToInstant(values.date, values.time);
    const booking = { start: startsAt, durationMinutes: values.durationMinutes, location: values.location };
    const existing = participant.conversation;
    const saved = existing
      ? await tx.conversation.update({
          where: { id: existing.id },
          data: { startsAt, durationMinutes: values.durationMinutes, location: values.location, icsSequence: existing.icsSequence + 1 },
        })
      : await tx.conversation.create({
          data: {
            participantId,
            startsAt,
            durationMinutes: values.durationMinutes,
            location: values.location,
            icsUid: `${randomUUID()}@mus-lus`,
          },
        });
    const facts = await roundFacts(tx, round.id);
    const change_ = existing ? "moved" : "booked";
    await enqueueMails(
      tx,
      conversationMails(facts, facts.leader, participant.person, { ...booking, uid: saved.icsUid, sequence: saved.icsSequence }, change_),
    );
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "conversation.schedule",
      resourceKind: "conversation",
      resourceId: saved.id,
      subjectId: participant.personId,
      purpose: "planning",
    });
    return { moved: Boolean(existing) };
  });
}

type StoredBooking = { id: string; icsUid: string; icsSequence: number; startsAt: Date; durationMinutes: number; location: string };

/**
 * Cancels a booked conversation in both calendars (the same event, a higher SEQUENCE) and deletes
 * it: the leader cancelling it, the participant taken out of the round, or marked not this round.
 */
export async function cancelBooking(tx: Transaction, roundId: string, person: Party, conversation: StoredBooking): Promise<void> {
  const facts = await roundFacts(tx, roundId);
  const booking = {
    uid: conversation.icsUid,
    sequence: conversation.icsSequence + 1,
    start: conversation.startsAt,
    durationMinutes: conversation.durationMinutes,
    location: conversation.location,
  };
  await enqueueMails(tx, conversationMails(facts, facts.leader, person, booking, "cancelled"));
  await tx.conversation.delete({ where: { id: conversation.id } });
}

export async function cancelConversation(database: Database, change: RoundChange, participantId: string) {
  return changeRound(database, change, ["scheduleConversation", "catchUp"], async (tx, round) => {
    const participant = await tx.roundParticipant.findFirst({
      where: { id: participantId, roundId: round.id },
      select: { personId: true, absence: true, catchUpAt: true, person: party, conversation: true },
    });
    if (!participant) throw new FormError(e.notParticipant);
    assertMayBook(round.state, { ...participant, absence: null });
    const conversation = participant.conversation;
    if (!conversation) throw new FormError(e.noConversation);
    await cancelBooking(tx, round.id, participant.person, conversation);
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "conversation.cancel",
      resourceKind: "conversation",
      resourceId: conversation.id,
      subjectId: participant.personId,
      purpose: "planning",
    });
    return {};
  });
}
