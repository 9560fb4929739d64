import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import type { RoundState } from "../state-machine";
import { decideMove, type ManagerChangeRule, type MoveOutcome } from "./rule";

// The reads behind a change of leader: each changed person's open participations, the new leader's
// round of the same kind and year, and the municipality's rule; then the rule's decision for each.
// Read the same way for the import's preview (no writes) and inside the change's transaction.

type Reader = Database | Transaction;

/** A person whose leader changes; toLeader.id is null for a leader the import is still to create. */
export type LeaderChange = { personId: string; toLeader: { id: string | null; name: string } | null };

export type OpenParticipation = {
  id: string;
  personId: string;
  personName: string;
  personEmail: string | null;
  groupId: string;
  offerSeniorConversation: boolean;
  offerTalentDevelopment: boolean;
  roundId: string;
  kind: "MUS" | "LUS";
  year: number;
  state: RoundState;
  title: string;
  leaderId: string;
  leaderName: string;
  leaderEmail: string | null;
  leaderActive: boolean;
  startsAt: Date | null;
  planWritten: boolean;
  /** Processing restricted (GDPR art. 18): nothing of theirs is changed, so nothing moves. */
  restricted: boolean;
  /** Already left this round, waiting for a new leader who was asked to add them (outcome ASKED, unresolved). */
  waiting: boolean;
};

export type TargetRound = { id: string; state: RoundState; title: string; leaderId: string; kind: "MUS" | "LUS"; year: number };

export type MoveDecision = {
  participation: OpenParticipation;
  toLeader: { id: string | null; name: string } | null;
  target: TargetRound | null;
  outcome: MoveOutcome | null;
  /** The rule would have moved it, but the person's processing is restricted. */
  restrictedKept?: boolean;
  /** Was waiting to be added by a new leader, and now stays in (comes back to) the round it had left. */
  back?: boolean;
};

export async function managerChangeRule(database: Reader, municipalityId: string): Promise<ManagerChangeRule> {
  const municipality = await database.municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { managerChangeRule: true },
  });
  return municipality.managerChangeRule;
}

/**
 * The open participations (round not closed, not already moved away) of these people, in one query,
 * and those still waiting for a new leader to add them: their leader changed again before that.
 */
export async function openParticipations(database: Reader, municipalityId: string, personIds: string[]): Promise<OpenParticipation[]> {
  if (personIds.length === 0) return [];
  return database.$queryRaw<OpenParticipation[]>`
    select p.id::text, p."personId"::text as "personId", person.name as "personName", person.email as "personEmail",
      p."groupId"::text as "groupId", p."offerSeniorConversation", p."offerTalentDevelopment",
      r.id::text as "roundId", r.kind::text as kind, r.year, r.state::text as state, r.title,
      r."leaderId"::text as "leaderId", leader.name as "leaderName", leader.email as "leaderEmail", leader.active as "leaderActive",
      c."startsAt", person."restrictedAt" is not null as restricted, p.absence is not distinct from 'NEW_LEADER' as waiting,
      exists (
        select 1 from "Plan" pl where pl."participantId" = p.id
          and (pl."lastSeq" > 0 or exists (select 1 from "PlanVersion" v where v."planId" = pl.id))
      ) as "planWritten"
    from "RoundParticipant" p
    join "Round" r on r.id = p."roundId"
    join "Person" person on person.id = p."personId"
    join "Person" leader on leader.id = r."leaderId"
    left join "Conversation" c on c."participantId" = p.id
    where p."personId" = any(${personIds}::uuid[]) and r."municipalityId" = ${municipalityId}::uuid
      and r.state <> 'CLOSED'
      and (p.absence is distinct from 'NEW_LEADER'
        or exists (select 1 from "ParticipantMove" m where m."fromParticipantId" = p.id and m.outcome = 'ASKED' and m."resolvedAt" is null))
    order by person.name, r."createdAt"`;
}

/** Each leader's rounds that are not closed, the ones still open to new participants first. */
export async function leadersRounds(database: Reader, municipalityId: string, leaderIds: string[]): Promise<TargetRound[]> {
  if (leaderIds.length === 0) return [];
  return database.$queryRaw<TargetRound[]>`
    select id::text, state::text as state, title, "leaderId"::text as "leaderId", kind::text as kind, year
    from "Round"
    where "leaderId" = any(${leaderIds}::uuid[]) and "municipalityId" = ${municipalityId}::uuid and state <> 'CLOSED'
    order by (state in ('PLANNING', 'PREPARATION', 'CONVERSATIONS')) desc, "createdAt"`;
}

/** The new leader's round a participation would go to: same kind and year, open ones first. */
export const targetFor = (rounds: TargetRound[], leaderId: string | null, participation: { kind: string; year: number }) =>
  leaderId === null
    ? null
    : (rounds.find((round) => round.leaderId === leaderId && round.kind === participation.kind && round.year === participation.year) ??
      null);

/** What the municipality's rule does to every open participation of these people. */
export async function decideMoves(database: Reader, municipalityId: string, changes: LeaderChange[], now = new Date()) {
  const rule = await managerChangeRule(database, municipalityId);
  const byPerson = new Map(changes.map((change) => [change.personId, change]));
  const participations = await openParticipations(database, municipalityId, [...byPerson.keys()]);
  const leaderIds = [
    ...new Set(participations.flatMap((p) => (byPerson.get(p.personId)?.toLeader?.id ? [byPerson.get(p.personId)!.toLeader!.id!] : []))),
  ];
  const rounds = await leadersRounds(database, municipalityId, leaderIds);
  return participations.map((participation): MoveDecision => {
    const toLeader = byPerson.get(participation.personId)?.toLeader ?? null;
    const target = targetFor(rounds, toLeader?.id ?? null, participation);
    const outcome = decideMove({
      rule,
      participation: { roundState: participation.state, conversationStart: participation.startsAt, planWritten: participation.planWritten },
      roundLeaderId: participation.leaderId,
      // A leader the import is still to create leads no round yet: the rule still applies to them.
      newLeaderId: toLeader ? (toLeader.id ?? "new") : null,
      target,
      now,
    });
    const moving = outcome === "MOVED" || outcome === "ASKED";
    // Someone waiting to be added, whose leader changed again, goes on by the rule to a third leader;
    // anything else (the old leader again, no leader, the rule now keeping rounds) brings them back.
    if (participation.waiting)
      return moving ? { participation, toLeader, target, outcome } : { participation, toLeader, target, outcome: null, back: true };
    // A restricted person's data is kept as it is (lib/domain/restriction/): the round stays where it was.
    const kept = participation.restricted && moving;
    return { participation, toLeader, target, outcome: kept ? "STAYED_RULE" : outcome, restrictedKept: kept };
  });
}

/** The preview's line for one decision, in Danish; null when nothing happens to the participation. */
export function describeMove(decision: MoveDecision): string | null {
  const t = da.managerChange.outcome;
  const { participation: p, toLeader, target } = decision;
  if (decision.back) return t.back(p.personName, p.leaderName, p.title);
  switch (decision.outcome) {
    case null:
      return toLeader === null ? t.noLeader(p.personName, p.leaderName) : null;
    case "MOVED":
      return t.MOVED(p.personName, toLeader!.name, target!.title);
    case "ASKED":
      return target ? t.askedClosed(p.personName, toLeader!.name, target.title) : t.ASKED(p.personName, toLeader!.name);
    case "STAYED_HELD":
      return t.STAYED_HELD(p.personName, p.leaderName);
    case "STAYED_RULE":
      return decision.restrictedKept ? t.restricted(p.personName, p.leaderName) : t.STAYED_RULE(p.personName, p.leaderName);
  }
}
