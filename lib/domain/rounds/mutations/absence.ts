import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { sqlIn, type Database } from "@/lib/db-client";
import { assertProcessable } from "@/lib/domain/restriction/processing";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { inviteLateUpwardTeam } from "@/lib/domain/upward/mutations";
import { invitationMail } from "../mails";
import type { AbsenceReason } from "../absence-schema";
import { wrapUpBegun } from "../state-machine";
import { party, roundFacts } from "./facts";
import { cancelBooking } from "./conversations";
import { inviteToStandingMeetings, withdrawFromMeetings } from "../meetings/mutations";
import { changeRound, type RoundChange } from "./planned-round";

// Someone who is away this round (long-term absence, leave, starting later, leaving), marked by the
// leader with a category and never a free-text reason, so no health detail is stored: they are not
// invited or reminded, a booked conversation is cancelled in both calendars, and the round's
// progress does not count them as missing. Brought back, they are invited (if the round is out);
// after the wrap-up has begun that is a catch-up conversation: they may prepare and have their
// conversation still, and their sheet stays out of the round's figures (lib/domain/overview).

const e = da.rounds.absence.errors;

export async function markAbsent(database: Database, change: RoundChange, participantId: string, reason: AbsenceReason) {
  return changeRound(database, change, "editAbsence", async (tx, round) => {
    const participant = await tx.roundParticipant.findFirst({
      where: { id: participantId, roundId: round.id },
      select: {
        id: true,
        personId: true,
        absence: true,
        catchUpAt: true,
        person: party,
        conversation: true,
        plan: { select: { versions: { where: { signedAt: { not: null } }, select: { id: true }, take: 1 } } },
      },
    });
    if (!participant) throw new FormError(da.rounds.errors.notParticipant);
    // Moved to a new leader's round (manager-change/): not this leader's to mark any more.
    if (participant.absence === "NEW_LEADER") throw new FormError(da.managerChange.errors.moved);
    await assertProcessable(sqlIn(tx), participant.personId);
    if (participant.plan && participant.plan.versions.length > 0) throw new FormError(e.alreadyHeld(participant.person.name));
    // A conversation that has begun (or been held) is not undone by marking someone away, and after
    // the wrap-up has begun the round's figures are fixed: only someone on a catch-up conversation
    // may be marked away again then.
    if (participant.conversation && participant.conversation.startsAt.getTime() <= Date.now())
      throw new FormError(e.conversationHeld(participant.person.name));
    if (wrapUpBegun(round.state) && !participant.absence && !participant.catchUpAt)
      throw new FormError(e.afterWrapUp(participant.person.name));
    const cancelled = participant.conversation !== null;
    if (participant.conversation) await cancelBooking(tx, round.id, participant.person, participant.conversation);
    await withdrawFromMeetings(tx, participant.id);
    await tx.roundParticipant.update({
      where: { id: participant.id },
      data: { absence: reason, absentSince: participant.absence ? undefined : new Date(), catchUpAt: null },
    });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.absence",
      resourceKind: "roundParticipant",
      resourceId: participant.id,
      subjectId: participant.personId,
      purpose: "planning",
      details: { reason },
    });
    return { cancelled };
  });
}

export async function bringBack(database: Database, change: RoundChange, participantId: string) {
  return changeRound(database, change, "editAbsence", async (tx, round) => {
    const participant = await tx.roundParticipant.findFirst({
      where: { id: participantId, roundId: round.id },
      select: { id: true, personId: true, absence: true, invitedAt: true, person: party },
    });
    if (!participant) throw new FormError(da.rounds.errors.notParticipant);
    if (!participant.absence) throw new FormError(e.notAbsent(participant.person.name));
    if (participant.absence === "NEW_LEADER") throw new FormError(da.managerChange.errors.moved);
    await assertProcessable(sqlIn(tx), participant.personId, da.restriction.notInvited(participant.person.name));
    const catchUp = wrapUpBegun(round.state);
    const published = round.state !== "PLANNING";
    const invite = published && !participant.invitedAt;
    await tx.roundParticipant.update({
      where: { id: participant.id },
      data: { absence: null, absentSince: null, catchUpAt: catchUp ? new Date() : null, ...(invite ? { invitedAt: new Date() } : {}) },
    });
    if (invite || catchUp) {
      const facts = await roundFacts(tx, round.id);
      await enqueueMails(tx, [invitationMail(facts, facts.leader, participant.person, null)]);
    }
    // Never invited before (away when the round was published): their team's upward questionnaire too.
    if (invite) await inviteLateUpwardTeam(tx, participant.id);
    await inviteToStandingMeetings(tx, participant.id);
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: catchUp ? "round.catchUp" : "round.absence",
      resourceKind: "roundParticipant",
      resourceId: participant.id,
      subjectId: participant.personId,
      purpose: "planning",
      details: { back: true },
    });
    return { catchUp, invited: (invite || catchUp) && participant.person.email !== null };
  });
}
