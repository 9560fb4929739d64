import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/access/policy";
import { requireActor } from "@/lib/auth/current";
import { refuse } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { handoverCandidates, handoverHistory, managersAbove } from "./data";

// The handover page: for the round's leader, a leader above them, or an administrator of the
// round's municipality (the policy's "roundHandover"); for anyone else the page does not exist.

export async function loadHandover(roundId: string) {
  const actor = await requireActor();
  if (!z.uuid().safeParse(roundId).success) notFound();
  const round = await db().round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      kind: true,
      year: true,
      title: true,
      state: true,
      municipalityId: true,
      leaderId: true,
      leader: { select: { name: true, active: true } },
      unit: { select: { name: true } },
    },
  });
  if (!round) notFound();
  const aboveLeader = actor.id !== round.leaderId && (await managersAbove(db(), round.leaderId)).includes(actor.id);
  const resource = {
    kind: "roundHandover",
    leaderId: round.leaderId,
    aboveLeader,
    sameMunicipality: round.municipalityId === actor.municipalityId,
  } as const;
  if (!can(actor, "read", resource)) await refuse(actor);
  const [candidates, history] = await Promise.all([handoverCandidates(db(), round), handoverHistory(db(), round.id)]);
  return { actor, round, isLeader: actor.id === round.leaderId, candidates, history };
}

/**
 * Open rounds led by the people who report to this person, for the rounds list: a leader's own
 * leader hands a round over when its leader cannot go on (one level: further up, the rounds of a
 * leader who has stopped are listed in the next steps, lib/domain/next-steps).
 */
export async function loadRoundsBelow(actorId: string) {
  return db().round.findMany({
    where: { leader: { managerId: actorId }, state: { not: "CLOSED" } },
    select: {
      id: true,
      kind: true,
      year: true,
      title: true,
      state: true,
      unit: { select: { name: true } },
      leader: { select: { name: true, active: true } },
    },
    orderBy: [{ year: "desc" }, { leader: { name: "asc" } }],
  });
}

/** The open rounds a person of this municipality leads, for the administrator's person page. */
export async function loadOpenRoundsLedBy(municipalityId: string, personId: string) {
  return db().round.findMany({
    where: { municipalityId, leaderId: personId, state: { not: "CLOSED" } },
    select: { id: true, title: true, kind: true, year: true },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
}
