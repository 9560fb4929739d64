import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import { kindsLedBy } from "@/lib/domain/rounds/eligibility";
import {
  countUnfiledPlans,
  findCommitteeRounds,
  findUnionRepRounds,
  findLedRounds,
  findRoundsWithoutLeader,
  loadLedRoundFacts,
  loadParticipations,
  type RoundLabel,
} from "./data";
import {
  committeeNextStep,
  createRoundSteps,
  filingStep,
  handOverStep,
  leaderNextStep,
  organisationStep,
  participantNextStep,
  type NextStep,
} from "./rule";

// "Your next step" on the start page: for each round the person leads or takes part in, and for
// each role they hold, the one thing to do now. A fixed number of queries whatever the number of
// rounds (see data.ts); what the person gets at all is the policy's answer, asked here.

export type RoundNextStep = { round: RoundLabel; next: NextStep };

export type HomeSteps = {
  leading: RoundNextStep[];
  /** Rounds whose leader has stopped, waiting on this person (the leader above) to hand them over. */
  withoutLeader: RoundNextStep[];
  newRounds: NextStep[];
  participating: RoundNextStep[];
  filing: NextStep | null;
  organisation: NextStep | null;
  committee: RoundNextStep[];
  /** Rounds this person follows as the union representative (tillidsrepræsentant) the leader named. */
  unionRep: RoundNextStep[];
};

const withStep = <T extends { round: RoundLabel }>(items: (T & { next: NextStep | null })[]): RoundNextStep[] =>
  items.flatMap(({ round, next }) => (next ? [{ round, next }] : []));

export async function loadHomeSteps(actor: Actor, database: Database = db(), now = new Date()): Promise<HomeSteps> {
  const mayFile = can(actor, "read", { kind: "personnelFiling" });
  const committee = can(actor, "read", { kind: "committeeRounds" });
  const [led, participations, kinds, unfiled, committeeRounds, withoutLeader, unionRepRounds] = await Promise.all([
    findLedRounds(database, actor.id),
    loadParticipations(database, actor.id),
    kindsLedBy(database, actor.id),
    mayFile ? countUnfiledPlans(database, actor.id) : null,
    committee ? findCommitteeRounds(database, actor.id) : [],
    findRoundsWithoutLeader(database, actor.id),
    findUnionRepRounds(database, actor.id),
  ]);
  const leading = led.filter((round) => can(actor, "update", { kind: "roundMaterial", leaderId: round.leaderId, participantIds: [] }));
  const facts = await loadLedRoundFacts(database, leading);
  return {
    leading: withStep(leading.map((round, index) => ({ round, next: leaderNextStep(facts[index], now) }))),
    // The query found this person above each round's leader (its fact for the policy); the policy decides.
    withoutLeader: withoutLeader.flatMap((round) =>
      can(actor, "handOver", { kind: "roundHandover", leaderId: "", aboveLeader: true, sameMunicipality: true })
        ? [{ round, next: handOverStep(round) }]
        : [],
    ),
    newRounds: createRoundSteps(kinds, leading),
    participating: withStep(
      participations
        .filter((me) => can(actor, "read", { kind: "roundMaterial", leaderId: me.leaderId, participantIds: [actor.id] }))
        .map((me) => ({ round: me.round, next: participantNextStep(me, now) })),
    ),
    filing: unfiled === null ? null : filingStep(unfiled),
    organisation: can(actor, "read", { kind: "organisation" }) ? organisationStep() : null,
    committee: withStep(
      committeeRounds.map((round) => ({ round, next: committeeNextStep({ id: round.id, state: round.state, leader: round.leader }) })),
    ),
    // The representative follows the round as the committee does: the material, then the wrap-up. The
    // query found the rounds naming this person (the policy's unionRep fact); the policy decides.
    unionRep: withStep(
      unionRepRounds
        .filter(() => can(actor, "read", { kind: "roundMaterial", leaderId: "", participantIds: [], unionRep: true }))
        .map((round) => ({ round, next: committeeNextStep({ id: round.id, state: round.state, leader: round.leader }) })),
    ),
  };
}

/** The next step of one round, for its leader's round page (the same rule as the start page). */
export async function loadRoundNextStep(actor: Actor, roundId: string, now = new Date()): Promise<NextStep | null> {
  const rounds = (await findLedRounds(db(), actor.id, [roundId])).filter((round) =>
    can(actor, "update", { kind: "roundMaterial", leaderId: round.leaderId, participantIds: [] }),
  );
  const [facts] = await loadLedRoundFacts(db(), rounds);
  return facts ? leaderNextStep(facts, now) : null;
}
