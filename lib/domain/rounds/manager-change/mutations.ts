import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { saveMunicipalitySettings } from "@/lib/domain/organisation/mutations";
import { readFieldMap, readRevisionMap } from "@/lib/domain/sheets/stored-fields";
import { cancelBooking } from "../mutations/conversations";
import { inviteToStandingMeetings, withdrawFromMeetings } from "../meetings/mutations";
import type { RoundState } from "../state-machine";
import { carrySheet } from "./carry-sheet";
import { decideMoves, describeMove, type LeaderChange, type OpenParticipation } from "./data";
import { askedMails, leftMails, movedMails } from "./mails";
import { movableInto } from "./rule";

// A change of leader (the people import, or a person saved in Administration) applied to the
// person's open rounds, inside the change's own transaction, after the person's row was updated.
//
// Concurrency with the employee's autosave (lib/domain/sheets/mutations.ts): the autosave holds the
// person's row and the participation's row for share while it stores; this transaction updated the
// person's row first and marks the old participation moved before it reads the sheet. So an autosave
// that began first is stored before the sheet is read and carried along; one that comes after sees
// the participation moved and is refused with a message, its text kept in the browser. Nothing typed
// lands where nobody looks.

const e = da.managerChange.errors;

/** Applies the municipality's rule to every open participation of these people; returns what happened, in Danish. */
export async function followLeaderChanges(
  tx: Transaction,
  input: { municipalityId: string; actorId: string; changes: LeaderChange[] },
): Promise<string[]> {
  const now = new Date();
  const decisions = await decideMoves(tx, input.municipalityId, input.changes, now);
  const lines: string[] = [];
  for (const decision of decisions) {
    const line = describeMove(decision);
    if (line) lines.push(line);
    const { participation: from, toLeader, target, outcome } = decision;
    // An earlier ask to add them is void now that their leader changed again.
    if (from.waiting)
      await tx.participantMove.updateMany({
        where: { fromParticipantId: from.id, outcome: "ASKED", resolvedAt: null },
        data: { resolvedAt: now },
      });
    if (decision.back) {
      await tx.roundParticipant.update({ where: { id: from.id }, data: { absence: null, absentSince: null } });
      await audit(tx, input.actorId, from, { outcome: "BACK", toLeader: toLeader?.id ?? null });
      continue;
    }
    if (outcome === null || toLeader?.id == null) continue;
    const record = { municipalityId: input.municipalityId, personId: from.personId, fromLeaderId: from.leaderId, byId: input.actorId };
    if (outcome === "STAYED_HELD" || outcome === "STAYED_RULE") {
      await tx.participantMove.create({ data: { ...record, fromParticipantId: from.id, toLeaderId: toLeader.id, outcome } });
      await audit(tx, input.actorId, from, { outcome, toLeader: toLeader.id });
      continue;
    }
    const previousAbsence = from.waiting ? null : await leaveRound(tx, from, now);
    const newLeader = await tx.person.findUniqueOrThrow({ where: { id: toLeader.id }, select: { name: true, email: true } });
    if (!from.waiting) await enqueueMails(tx, leftMails(from, newLeader.name));
    if (outcome === "MOVED" && target) {
      await tx.$executeRaw`select 1 from "Round" where id = ${target.id}::uuid for update`;
      const moved = await moveInto(tx, from, target, previousAbsence, now);
      await tx.participantMove.create({
        data: {
          ...record,
          fromParticipantId: from.id,
          toLeaderId: toLeader.id,
          toParticipantId: moved.id,
          outcome,
          answersLeft: moved.left,
        },
      });
      await enqueueMails(tx, movedMails(from, target, newLeader));
      await audit(tx, input.actorId, from, {
        outcome,
        toLeader: toLeader.id,
        toRound: target.id,
        carried: moved.carried,
        left: moved.left,
      });
    } else {
      await tx.participantMove.create({ data: { ...record, fromParticipantId: from.id, toLeaderId: toLeader.id, outcome: "ASKED" } });
      await enqueueMails(tx, askedMails(from, newLeader));
      await audit(tx, input.actorId, from, { outcome: "ASKED", toLeader: toLeader.id, closedRound: target?.id ?? null });
    }
  }
  return lines;
}

async function audit(tx: Transaction, actorId: string, from: OpenParticipation, details: Prisma.InputJsonObject) {
  await recordAudit(tx, {
    actorId,
    action: "round.participantMove",
    resourceKind: "roundParticipant",
    resourceId: from.id,
    subjectId: from.personId,
    purpose: "planning",
    details: { fromRound: from.roundId, fromLeader: from.leaderId, ...details },
  });
}

/**
 * Takes the participation out of the old leader's round: marked NEW_LEADER (so it is not invited,
 * reminded, booked or counted, like someone away) before anything is read from it (see the top), and
 * a booked conversation cancelled in both calendars. Its sheet and the old leader's notes stay on it
 * as they were. Returns the absence it had, which goes along.
 */
async function leaveRound(tx: Transaction, from: OpenParticipation, now: Date) {
  // Off the old round's kick-off, GRUS and wrap-up (read before the mark, which it checks).
  await withdrawFromMeetings(tx, from.id);
  const before = await tx.roundParticipant.update({
    where: { id: from.id },
    data: { absence: "NEW_LEADER", absentSince: now, catchUpAt: null },
    select: { absence: true },
  });
  const conversation = await tx.conversation.findUnique({ where: { participantId: from.id } });
  if (conversation) await cancelBooking(tx, from.roundId, { name: from.personName, email: from.personEmail }, conversation);
  return before.absence;
}

type Target = { id: string; state: RoundState; kind: "MUS" | "LUS" };

/**
 * The participation in the new leader's round, with the sheet carried along (carry-sheet.ts): the
 * group of the same name, or the round's first; invited at once when the round is out.
 */
async function moveInto(
  tx: Transaction,
  from: Pick<OpenParticipation, "id" | "personId" | "groupId" | "offerSeniorConversation" | "offerTalentDevelopment">,
  target: Target,
  absence: string | null,
  now: Date,
): Promise<{ id: string; carried: number; left: number }> {
  const questions = { select: { id: true, text: true } } as const;
  const [oldGroup, groups] = await Promise.all([
    tx.roundGroup.findUniqueOrThrow({ where: { id: from.groupId }, select: { name: true, questions } }),
    tx.roundGroup.findMany({ where: { roundId: target.id }, orderBy: { position: "asc" }, select: { id: true, name: true, questions } }),
  ]);
  const group = groups.find((candidate) => candidate.name.toLocaleLowerCase("da") === oldGroup.name.toLocaleLowerCase("da")) ?? groups[0];
  if (!group) throw new FormError(e.roundNotOpen);
  const existing = await tx.roundParticipant.findUnique({
    where: { roundId_personId: { roundId: target.id, personId: from.personId } },
    select: { id: true, groupId: true, absence: true, invitedAt: true },
  });
  // Back to a round they had moved away from (the leader changed back): that participation is theirs again.
  if (existing?.absence === "NEW_LEADER")
    await tx.roundParticipant.update({
      where: { id: existing.id },
      data: { absence: null, absentSince: null, ...(target.state !== "PLANNING" && !existing.invitedAt ? { invitedAt: now } : {}) },
    });
  const into =
    existing ??
    (await tx.roundParticipant.create({
      data: {
        roundId: target.id,
        personId: from.personId,
        groupId: group.id,
        offerSeniorConversation: from.offerSeniorConversation,
        offerTalentDevelopment: target.kind === "MUS" && from.offerTalentDevelopment,
        invitedAt: target.state === "PLANNING" ? null : now,
        ...(absence && absence !== "NEW_LEADER" ? { absence: absence as "OTHER", absentSince: now } : {}),
      },
      select: { id: true, groupId: true },
    }));
  // The new round's kick-off, GRUS and wrap-up still ahead (none for someone who arrives away).
  await inviteToStandingMeetings(tx, into.id);
  const intoQuestions = existing ? (groups.find((candidate) => candidate.id === existing.groupId)?.questions ?? []) : group.questions;
  const oldSheet = await tx.preparationSheet.findUnique({ where: { participantId: from.id }, select: { fields: true, revisions: true } });
  if (!oldSheet) return { id: into.id, carried: 0, left: 0 };
  const newSheet = await tx.preparationSheet.findUnique({ where: { participantId: into.id }, select: { fields: true, revisions: true } });
  const carried = carrySheet(
    { fields: readFieldMap(oldSheet.fields), revisions: readRevisionMap(oldSheet.revisions) },
    newSheet ? { fields: readFieldMap(newSheet.fields), revisions: readRevisionMap(newSheet.revisions) } : { fields: {}, revisions: {} },
    oldGroup.questions,
    intoQuestions,
  );
  const data = { fields: carried.fields as Prisma.InputJsonValue, revisions: carried.revisions as Prisma.InputJsonValue };
  await tx.preparationSheet.upsert({ where: { participantId: into.id }, create: { participantId: into.id, ...data }, update: data });
  return { id: into.id, carried: carried.carried, left: carried.left };
}

/**
 * The new leader adds someone they were asked to add (outcome ASKED) to a round of theirs of the
 * same kind that is still before its wrap-up, under the round's row lock; the sheet comes along.
 */
export async function addAskedParticipant(
  database: Database,
  input: { actor: Actor; municipalityId: string; moveId: string; roundId: string },
): Promise<{ name: string }> {
  return database.$transaction(async (tx) => {
    const [round] = await tx.$queryRaw<{ id: string; leaderId: string; municipalityId: string; state: RoundState; kind: "MUS" | "LUS" }[]>`
      select id::text, "leaderId"::text as "leaderId", "municipalityId"::text as "municipalityId", state::text as state, kind::text as kind
      from "Round" where id = ${input.roundId}::uuid for update`;
    if (!round || round.municipalityId !== input.municipalityId) throw new AccessDenied();
    authorize(input.actor, "update", { kind: "roundMaterial", leaderId: round.leaderId, participantIds: [] });
    if (!movableInto.includes(round.state)) throw new FormError(e.roundNotOpen);
    const move = await tx.participantMove.findFirst({
      where: { id: input.moveId, toLeaderId: input.actor.id, outcome: "ASKED", resolvedAt: null, municipalityId: input.municipalityId },
      select: {
        id: true,
        fromParticipant: {
          select: {
            id: true,
            personId: true,
            groupId: true,
            offerSeniorConversation: true,
            offerTalentDevelopment: true,
            absence: true,
            person: { select: { name: true, email: true } },
            round: { select: { kind: true, title: true, leader: { select: { name: true } } } },
          },
        },
      },
    });
    if (!move || move.fromParticipant.round.kind !== round.kind) throw new FormError(e.notAsked);
    const from = move.fromParticipant;
    const now = new Date();
    const moved = await moveInto(tx, from, round, null, now);
    await tx.participantMove.update({
      where: { id: move.id },
      data: { resolvedAt: now, toParticipantId: moved.id, answersLeft: moved.left },
    });
    await tx.round.update({ where: { id: round.id }, data: { version: { increment: 1 } } });
    const [leader, facts] = await Promise.all([
      tx.person.findUniqueOrThrow({ where: { id: input.actor.id }, select: { name: true, email: true } }),
      tx.round.findUniqueOrThrow({ where: { id: round.id }, select: { id: true, title: true, kind: true, state: true } }),
    ]);
    const previous = { personName: from.person.name, personEmail: from.person.email, leaderName: from.round.leader.name };
    await enqueueMails(tx, movedMails({ ...previous, title: from.round.title, kind: from.round.kind }, facts, leader, false));
    await recordAudit(tx, {
      actorId: input.actor.id,
      action: "round.participantAdd",
      resourceKind: "roundParticipant",
      resourceId: moved.id,
      subjectId: from.personId,
      purpose: "planning",
      details: { move: move.id, fromParticipant: from.id, carried: moved.carried, left: moved.left },
    });
    return { name: from.person.name };
  });
}

/** The municipality's rule, chosen in Administration. */
export async function saveManagerChangeRule(
  database: Database,
  input: { actorId: string; municipalityId: string; rule: "FOLLOW_NEW_LEADER" | "STAY_WITH_OLD_LEADER" },
) {
  await saveMunicipalitySettings(database, {
    actorId: input.actorId,
    municipalityId: input.municipalityId,
    action: "organisation.managerChangeRule",
    data: { managerChangeRule: input.rule },
    details: { rule: input.rule },
  });
  return { rule: input.rule };
}
