import "server-only";
import { FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";

// Reads for handing a round over: who is above a leader, who may take a round over, and the
// message for a former leader who still tries to write.

type Reader = Database | Transaction;

/** Everyone above this person in the manager chain, nearest first (a loop cannot recur: depth cap). */
export async function managersAbove(database: Reader, personId: string): Promise<string[]> {
  const rows = await database.$queryRaw<{ id: string }[]>`
    with recursive chain(id, depth) as (
      select "managerId", 1 from "Person" where id = ${personId}::uuid and "managerId" is not null
      union all
      select p."managerId", c.depth + 1 from "Person" p join chain c on p.id = c.id where p."managerId" is not null and c.depth < 100
    )
    select id::text from chain order by depth`;
  return rows.map((row) => row.id);
}

export type HandoverCandidate = { id: string; name: string; jobTitle: string | null; unit: string | null };

/**
 * Who may take this round over: an active person of the round's municipality who is not its leader
 * or one of its participants (nobody holds their own conversation), and who leads people (someone
 * active reports to them) or is above the round's leader in the manager chain. The reporting lines
 * are what the organisation says about who leads whom; a deputy without people of their own is given
 * the reporting line first, or the leader's own leader takes the round.
 */
export async function handoverCandidates(
  database: Reader,
  round: { id: string; municipalityId: string; leaderId: string },
  onlyId?: string,
): Promise<HandoverCandidate[]> {
  const above = await managersAbove(database, round.leaderId);
  return database.person
    .findMany({
      where: {
        municipalityId: round.municipalityId,
        active: true,
        id: onlyId ? { equals: onlyId, not: round.leaderId } : { not: round.leaderId },
        roundsJoined: { none: { roundId: round.id } },
        OR: [{ reports: { some: { active: true } } }, { id: { in: above } }],
      },
      select: { id: true, name: true, jobTitle: true, unit: { select: { name: true } } },
      orderBy: { name: "asc" },
    })
    .then((people) => people.map(({ unit, ...person }) => ({ ...person, unit: unit?.name ?? null })));
}

/**
 * Refuses, with its reason, a write by someone who led this round and handed it over: they are told
 * who leads it now instead of "not found". Asked only when the actor is not the round's leader.
 */
export async function refuseFormerLeader(tx: Reader, roundId: string, actorId: string): Promise<void> {
  const handover = await tx.roundHandover.findFirst({
    where: { roundId, fromLeaderId: actorId },
    orderBy: { at: "desc" },
    select: { round: { select: { leaderId: true, leader: { select: { name: true } } } } },
  });
  if (handover && handover.round.leaderId !== actorId) throw new FormError(da.handover.errors.handedOver(handover.round.leader.name));
}

/** The round's handovers so far, newest first, for the handover page. */
export async function handoverHistory(database: Reader, roundId: string) {
  return database.roundHandover.findMany({
    where: { roundId },
    orderBy: { at: "desc" },
    select: { at: true, fromLeader: { select: { name: true } }, toLeader: { select: { name: true } } },
  });
}
