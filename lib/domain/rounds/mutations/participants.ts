import "server-only";
import type { z } from "zod";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { eligiblePeople, type EligiblePerson } from "../eligibility";
import { withDefaults } from "../participant-defaults";
import { inviteLateUpwardTeam } from "@/lib/domain/upward/mutations";
import { invitationMail } from "../mails";
import type { saveParticipantsSchema } from "../schema";
import { party, roundFacts } from "./facts";
import { cancelBooking } from "./conversations";
import { inviteToStandingMeetings, withdrawFromMeetings } from "../meetings/mutations";
import { changeRound, type LockedRound, type RoundChange } from "./planned-round";

const e = da.rounds.errors;

/** Groups and offers for each participant, in one save. */
export async function saveParticipants(
  database: Database,
  change: RoundChange,
  rows: z.output<typeof saveParticipantsSchema>["participants"],
) {
  return changeRound(database, change, "editParticipants", async (tx, round) => {
    const groupIds = new Set(
      (await tx.roundGroup.findMany({ where: { roundId: round.id }, select: { id: true } })).map((group) => group.id),
    );
    const current = await tx.roundParticipant.findMany({ where: { roundId: round.id }, select: { id: true, personId: true } });
    const byId = new Map(current.map((participant) => [participant.id, participant]));
    for (const [index, row] of rows.entries()) {
      if (!byId.has(row.participantId)) throw new FormError(e.notParticipant);
      if (!groupIds.has(row.groupId)) throw new FieldError(`participants.${index}.groupId`, e.unknownGroup);
      if (round.kind === "LUS" && row.offerTalentDevelopment)
        throw new FieldError(`participants.${index}.offerTalentDevelopment`, e.talentOnlyMus);
    }
    // One statement per distinct choice (group × offers), however many people the round has.
    const byChoice = new Map<string, { data: Omit<(typeof rows)[number], "participantId">; ids: string[] }>();
    for (const { participantId, ...data } of rows) {
      const key = JSON.stringify(data);
      const entry = byChoice.get(key) ?? { data, ids: [] };
      entry.ids.push(participantId);
      byChoice.set(key, entry);
    }
    for (const { data, ids } of byChoice.values()) {
      await tx.roundParticipant.updateMany({ where: { id: { in: ids } }, data });
    }
    await recordAudits(
      tx,
      rows.map((row) => ({
        actorId: change.actor.id,
        action: "round.participants" as const,
        resourceKind: "roundParticipant",
        resourceId: row.participantId,
        subjectId: byId.get(row.participantId)!.personId,
        purpose: "planning",
      })),
    );
    return {};
  });
}

/** Invites one more person the leader may invite; after publishing they get the invitation at once. */
export async function addParticipant(database: Database, change: RoundChange, personId: string) {
  return changeRound(database, change, "editParticipants", async (tx, round) =>
    addOne(tx, change, round, personId, await eligiblePeople(tx, round.leaderId, round.kind, round.year), "personId"),
  );
}

/**
 * One person into the round (see addParticipant), given whom the leader may invite; `field` names
 * the form field a refusal is shown at. Shared with includeParticipants (include.ts).
 */
export async function addOne(
  tx: Transaction,
  change: RoundChange,
  round: LockedRound,
  personId: string,
  eligible: EligiblePerson[],
  field: string,
) {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { id: true, name: true, email: true, active: true, restrictedAt: true },
  });
  if (!person || !eligible.some((candidate) => candidate.id === personId)) {
    throw new FieldError(
      field,
      !person
        ? da.errors.notFound
        : !person.active
          ? e.inactivePerson(person.name)
          : person.restrictedAt
            ? da.restriction.notInvited(person.name)
            : e.notEligible(person.name),
    );
  }
  if (await tx.roundParticipant.count({ where: { roundId: round.id, personId } }))
    throw new FieldError(field, e.alreadyParticipant(person.name));
  const group = await tx.roundGroup.findFirstOrThrow({
    where: { roundId: round.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const published = round.state !== "PLANNING";
  // Taken in by the leader, whatever the rules' default; the seniorsamtale is pre-set as for everyone.
  const frame = await tx.round.findUniqueOrThrow({ where: { id: round.id }, select: { year: true, conversationsFrom: true } });
  const [{ participation }] = await withDefaults(
    tx,
    round.municipalityId,
    eligible.filter((candidate) => candidate.id === personId),
    frame,
  );
  const participant = await tx.roundParticipant.create({
    data: {
      roundId: round.id,
      personId,
      groupId: group.id,
      invitedAt: published ? new Date() : null,
      offerSeniorConversation: participation.offerSeniorConversation,
    },
    select: { id: true },
  });
  if (published) {
    const facts = await roundFacts(tx, round.id);
    await enqueueMails(tx, [invitationMail(facts, facts.leader, person, null)]);
    // A LUS round's upward questionnaire, open now: the new participant's team is asked too.
    await inviteLateUpwardTeam(tx, participant.id);
  }
  // The kick-off, the wrap-up and the group's GRUS already set: the standing invitations.
  await inviteToStandingMeetings(tx, participant.id);
  await recordAudit(tx, {
    actorId: change.actor.id,
    action: "round.participants",
    resourceKind: "roundParticipant",
    resourceId: participant.id,
    subjectId: personId,
    purpose: "planning",
  });
  const jobTitle = eligible.find((candidate) => candidate.id === personId)?.jobTitle ?? null;
  return {
    participantId: participant.id,
    personId,
    groupId: group.id,
    name: person.name,
    jobTitle,
    noEmail: person.email === null,
    offerSeniorConversation: participation.offerSeniorConversation,
  };
}

/** Takes someone out of the round; a booked conversation is cancelled in both calendars. */
export async function removeParticipant(database: Database, change: RoundChange, participantId: string) {
  return changeRound(database, change, "editParticipants", async (tx, round: LockedRound) => {
    const participant = await tx.roundParticipant.findFirst({
      where: { id: participantId, roundId: round.id },
      select: { id: true, personId: true, absence: true, person: party, conversation: true },
    });
    if (!participant) throw new FormError(e.notParticipant);
    // Moved to a new leader's round: what the person wrote here and did not go along stays readable to them.
    if (participant.absence === "NEW_LEADER") throw new FormError(da.managerChange.errors.moved);
    if (participant.conversation) await cancelBooking(tx, round.id, participant.person, participant.conversation);
    await withdrawFromMeetings(tx, participant.id);
    await tx.roundParticipant.delete({ where: { id: participant.id } });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.participants",
      resourceKind: "roundParticipant",
      resourceId: participant.id,
      subjectId: participant.personId,
      purpose: "planning",
      details: { removed: true },
    });
    // Back among those the leader may invite: with the rules' reason, if they would have been left out.
    const frame = await tx.round.findUniqueOrThrow({ where: { id: round.id }, select: { year: true, conversationsFrom: true } });
    const again = (await eligiblePeople(tx, round.leaderId, round.kind, round.year)).filter((person) => person.id === participant.personId);
    const [person] = await withDefaults(tx, round.municipalityId, again, frame);
    return { name: participant.person.name, leftOut: person?.participation.reason ?? null };
  });
}
