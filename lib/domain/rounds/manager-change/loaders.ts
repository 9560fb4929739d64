import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import { movableInto } from "./rule";

// Page reads for a change of leader: the new leader's "asked to add" list, and the notices on the
// employee's two sheets (the old one, kept read-only; the new one, saying what came along).

/**
 * The people the actor was asked to add (their leader became the actor mid-round and the actor had no
 * round to move them to), each with the actor's round they can be added to now, if any.
 */
export async function loadAskedToAdd(actor: { id: string; municipalityId: string }, database: Database = db()) {
  const asked = await database.participantMove.findMany({
    where: { toLeaderId: actor.id, outcome: "ASKED", resolvedAt: null, municipalityId: actor.municipalityId },
    orderBy: { at: "asc" },
    select: {
      id: true,
      fromParticipant: {
        select: {
          person: { select: { name: true, active: true, managerId: true } },
          round: { select: { kind: true, year: true, title: true, leader: { select: { name: true } } } },
        },
      },
    },
  });
  // Someone who has since left, or has another leader again, is no longer the actor's to add.
  const open = asked.filter((move) => move.fromParticipant.person.active && move.fromParticipant.person.managerId === actor.id);
  if (open.length === 0) return [];
  const rounds = await database.round.findMany({
    where: { leaderId: actor.id, municipalityId: actor.municipalityId, state: { in: [...movableInto] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, kind: true, year: true, version: true },
  });
  return open.map((move) => {
    const from = move.fromParticipant;
    const round =
      rounds.find((candidate) => candidate.kind === from.round.kind && candidate.year === from.round.year) ??
      rounds.find((candidate) => candidate.kind === from.round.kind) ??
      null;
    return {
      moveId: move.id,
      name: from.person.name,
      previousLeader: from.round.leader.name,
      previousTitle: from.round.title,
      round: round ? { id: round.id, title: round.title } : null,
    };
  });
}

/** What the employee's sheet page says about a move: this participation moved away, or came from another. */
export async function loadSheetMoveNotice(participantId: string, database: Database = db()) {
  const [away, carried] = await Promise.all([
    // Only while it stands moved away: a leader changed back brings the person back to it.
    database.participantMove.findFirst({
      where: { fromParticipantId: participantId, outcome: { in: ["MOVED", "ASKED"] }, fromParticipant: { absence: "NEW_LEADER" } },
      orderBy: { at: "desc" },
      select: { toLeader: { select: { name: true } }, toParticipant: { select: { roundId: true } } },
    }),
    database.participantMove.findFirst({
      where: { toParticipantId: participantId },
      orderBy: { at: "desc" },
      select: {
        answersLeft: true,
        fromParticipant: { select: { roundId: true, round: { select: { leader: { select: { name: true } } } } } },
      },
    }),
  ]);
  return {
    movedAway: away ? { leader: away.toLeader?.name ?? "", roundId: away.toParticipant?.roundId ?? null } : null,
    carriedFrom: carried
      ? { leader: carried.fromParticipant.round.leader.name, roundId: carried.fromParticipant.roundId, left: carried.answersLeft }
      : null,
  };
}
