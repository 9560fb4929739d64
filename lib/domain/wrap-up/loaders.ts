import "server-only";
import { can } from "@/lib/access/policy";
import { refuse } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import type { FieldMap, RevisionMap } from "@/lib/domain/sheets/fields";
import { readFieldMap, readRevisionMap } from "@/lib/domain/sheets/stored-fields";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadRoundPlans } from "./round-plans";
import { loadFollowUpState, loadSettlements, waitingAgreements } from "./waiting";

// Page loaders after the conversations. The leader's areas (overview, GRUS, follow-up) exist only
// for the round's leader; the wrap-up is read by the participants and the committee as well.

export async function requireLeaderArea(roundId: string) {
  const found = await requireRound(roundId, "read");
  if (!can(found.actor, "read", { kind: "roundOverview", leaderId: found.round.leaderId })) await refuse(found.actor);
  return found;
}

export async function requireWrapUpReader(roundId: string) {
  const found = await requireRound(roundId, "read");
  const participantIds = found.isParticipant ? [found.actor.id] : [];
  const resource = {
    kind: "wrapUp",
    leaderId: found.round.leaderId,
    participantIds,
    committeeCovers: found.committeeCovers,
    unionRep: found.isUnionRep,
  } as const;
  if (!can(found.actor, "read", resource)) await refuse(found.actor);
  return found;
}

export async function loadRoundNotes(roundId: string, keys: string[]): Promise<Map<string, { fields: FieldMap; revisions: RevisionMap }>> {
  const notes = await db().roundNote.findMany({
    where: { roundId, key: { in: keys } },
    select: { key: true, fields: true, revisions: true },
  });
  return new Map(notes.map((note) => [note.key, { fields: readFieldMap(note.fields), revisions: readRevisionMap(note.revisions) }]));
}

/** What the wrap-up page shows: the agenda, the joint action plan, the published feedback, the round's goals and themes. */
export async function loadWrapUp(roundId: string) {
  const [round, notes, jointActions] = await Promise.all([
    db().round.findUniqueOrThrow({
      where: { id: roundId },
      select: {
        developmentGoals: true,
        feedbackPublished: true,
        feedbackPublishedAt: true,
        themes: { orderBy: { position: "asc" }, select: { title: true } },
      },
    }),
    loadRoundNotes(roundId, ["wrapUp"]),
    db().jointAction.findMany({
      where: { roundId },
      orderBy: { position: "asc" },
      select: { id: true, what: true, dueDate: true, who: true, followUpHow: true, status: true, carriedFrom: true, version: true },
    }),
  ]);
  return { ...round, note: notes.get("wrapUp") ?? { fields: {}, revisions: {} }, jointActions };
}

export type JointActionRow = Awaited<ReturnType<typeof loadWrapUp>>["jointActions"][number];

/** The round started from this closed one, if any. */
export async function loadNextRound(roundId: string) {
  return db().round.findFirst({ where: { previousRoundId: roundId }, select: { id: true, title: true } });
}

/** The groups that have people, with their members (for GRUS attendance). */
export async function loadGrusGroups(roundId: string) {
  const groups = await db().roundGroup.findMany({
    where: { roundId, participants: { some: {} } },
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      position: true,
      participants: { orderBy: { person: { name: "asc" } }, select: { id: true, person: { select: { name: true } } } },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    position: group.position,
    members: group.participants.map((participant) => ({ id: participant.id, name: participant.person.name })),
  }));
}

/** The agreements that wait for the wrap-up, for the leader to settle. */
export async function loadWaitingAgreements(roundId: string) {
  const [rows, settlements] = await Promise.all([loadRoundPlans(db(), roundId), loadSettlements(db(), roundId)]);
  return waitingAgreements(rows, settlements);
}

export async function loadRoundFollowUp(roundId: string) {
  return loadFollowUpState(db(), roundId);
}
