import "server-only";
import type { Database } from "@/lib/db-client";
import { coveredUnitIds } from "@/lib/domain/committees/coverage";
import type { RoundState } from "@/lib/domain/rounds/state-machine";
import type { Booking, LedRound, Participation, RoundKind, SheetState } from "./rule";

// The reads behind "your next step". Each is one query for all of a person's rounds together,
// never one per round or per participant, so the start page costs the same for one round or
// fifty. Only what the step needs: states, dates and counts, never a sheet's or a plan's content.
// Scoped in every where; the loader asks the policy which of them this person gets at all.

export type RoundLabel = { id: string; kind: RoundKind; year: number; title: string; state: RoundState; unit: string; leader: string };

const roundLabelSelect = {
  id: true,
  kind: true,
  year: true,
  title: true,
  state: true,
  unit: { select: { name: true } },
  leader: { select: { name: true } },
} as const;

const newestFirst = [{ year: "desc" }, { createdAt: "desc" }] as const;

type LabelRow = {
  id: string;
  kind: RoundKind;
  year: number;
  title: string;
  state: RoundState;
  unit: { name: string };
  leader: { name: string };
};
const toLabel = (round: LabelRow): RoundLabel => ({
  id: round.id,
  kind: round.kind,
  year: round.year,
  title: round.title,
  state: round.state,
  unit: round.unit.name,
  leader: round.leader.name,
});

/** The open rounds this person leads (one query). */
export async function findLedRounds(database: Database, leaderId: string, roundIds?: string[]) {
  const rounds = await database.round.findMany({
    where: { leaderId, state: { not: "CLOSED" }, ...(roundIds ? { id: { in: roundIds } } : {}) },
    select: { ...roundLabelSelect, leaderId: true, coreTask: true, kickoffDate: true, wrapUpDate: true },
    orderBy: [...newestFirst],
  });
  return rounds.map((round) => ({
    ...toLabel(round),
    leaderId: round.leaderId,
    coreTaskWritten: round.coreTask.trim() !== "",
    kickoffDate: round.kickoffDate,
    wrapUpDate: round.wrapUpDate,
  }));
}

type ParticipantRow = {
  roundId: string;
  participantId: string;
  name: string;
  startsAt: Date | null;
  durationMinutes: number | null;
  location: string | null;
  sheet: SheetState | null;
  planSigned: boolean;
};

/**
 * The facts the leader's next step is decided on, for all the given rounds at once: two queries
 * (the groups with their counts, and every participant with booking, sheet state and whether a
 * plan version is signed), whatever the number of rounds and participants.
 */
export async function loadLedRoundFacts(database: Database, rounds: Awaited<ReturnType<typeof findLedRounds>>): Promise<LedRound[]> {
  if (rounds.length === 0) return [];
  const ids = rounds.map((round) => round.id);
  const [groups, participants] = await Promise.all([
    database.roundGroup.findMany({
      where: { roundId: { in: ids } },
      orderBy: { position: "asc" },
      select: { roundId: true, name: true, _count: { select: { participants: true, questions: true } } },
    }),
    database.$queryRaw<ParticipantRow[]>`
      select p."roundId", p.id as "participantId", person.name,
        c."startsAt", c."durationMinutes", c.location, s.state as sheet,
        exists (select 1 from "Plan" pl join "PlanVersion" v on v."planId" = pl.id
                where pl."participantId" = p.id and v."signedAt" is not null) as "planSigned"
      from "RoundParticipant" p
      join "Person" person on person.id = p."personId"
      left join "Conversation" c on c."participantId" = p.id
      left join "PreparationSheet" s on s."participantId" = p.id
      where p."roundId" = any(${ids}::uuid[])
      order by person.name`,
  ]);
  return rounds.map((round) => ({
    id: round.id,
    kind: round.kind,
    state: round.state,
    coreTaskWritten: round.coreTaskWritten,
    kickoffDate: round.kickoffDate,
    wrapUpDate: round.wrapUpDate,
    groups: groups
      .filter((group) => group.roundId === round.id)
      .map((group) => ({ name: group.name, participants: group._count.participants, questions: group._count.questions })),
    participants: participants
      .filter((row) => row.roundId === round.id)
      .map((row) => ({
        participantId: row.participantId,
        name: row.name,
        booking: bookingOf(row),
        sheet: row.sheet ?? "NONE",
        planSigned: row.planSigned,
      })),
  }));
}

function bookingOf(row: { startsAt: Date | null; durationMinutes: number | null; location: string | null }): Booking | null {
  return row.startsAt && row.durationMinutes !== null
    ? { startsAt: row.startsAt, durationMinutes: row.durationMinutes, location: row.location ?? "" }
    : null;
}

type ParticipationRow = {
  participantId: string;
  roundId: string;
  kind: RoundKind;
  year: number;
  title: string;
  state: RoundState;
  unit: string;
  leader: string;
  leaderId: string;
  startsAt: Date | null;
  durationMinutes: number | null;
  location: string | null;
  sheet: SheetState | null;
  planSigned: boolean;
  approvedByMe: boolean;
  followUpDate: Date | null;
  absent: boolean;
  catchUp: boolean;
};

/** One's own place in every published, open round one takes part in (one query). */
export async function loadParticipations(
  database: Database,
  personId: string,
): Promise<(Participation & { round: RoundLabel; leaderId: string })[]> {
  const rows = await database.$queryRaw<ParticipationRow[]>`
    select p.id as "participantId", r.id as "roundId", r.kind, r.year, r.title, r.state, u.name as unit, l.name as leader, r."leaderId",
      c."startsAt", c."durationMinutes", c.location, s.state as sheet, pl."followUpDate",
      p.absence is not null as absent, p."catchUpAt" is not null as "catchUp",
      exists (select 1 from "PlanVersion" v where v."planId" = pl.id and v."signedAt" is not null) as "planSigned",
      exists (select 1 from "PlanApproval" a where a."versionId" = newest.id and a."personId" = p."personId" and newest."signedAt" is null) as "approvedByMe"
    from "RoundParticipant" p
    join "Round" r on r.id = p."roundId"
    join "Unit" u on u.id = r."unitId"
    join "Person" l on l.id = r."leaderId"
    left join "Conversation" c on c."participantId" = p.id
    left join "PreparationSheet" s on s."participantId" = p.id
    left join "Plan" pl on pl."participantId" = p.id
    left join lateral (select v.id, v."signedAt" from "PlanVersion" v where v."planId" = pl.id order by v.number desc limit 1) newest on true
    where p."personId" = ${personId}::uuid and r.state not in ('PLANNING', 'CLOSED')
    order by r.year desc, r."createdAt" desc`;
  return rows.map((row) => ({
    participantId: row.participantId,
    roundId: row.roundId,
    kind: row.kind,
    state: row.state,
    leader: row.leader,
    booking: bookingOf(row),
    sheet: row.sheet ?? "NONE",
    planSigned: row.planSigned,
    approvedByMe: row.approvedByMe,
    followUpDate: row.followUpDate,
    absent: row.absent,
    catchUp: row.catchUp,
    leaderId: row.leaderId,
    round: { id: row.roundId, kind: row.kind, year: row.year, title: row.title, state: row.state, unit: row.unit, leader: row.leader },
  }));
}

/** Signed plans (their latest signed version) in the person's municipality not yet filed (one index, see hr.ts). */
export async function countUnfiledPlans(database: Database, personId: string): Promise<number> {
  const [row] = await database.$queryRaw<{ unfiled: bigint }[]>`
    select count(*) as unfiled from "PlanVersion" v
    where v."latestSigned" and v."filedAt" is null
      and v."municipalityId" = (select "municipalityId" from "Person" where id = ${personId}::uuid)`;
  return Number(row?.unfiled ?? 0);
}

/** How many open rounds the committee follows at most on the start page; the rest are under Runder. */
export const committeeRoundsShown = 5;

/** The open rounds a committee member follows that they neither lead nor take part in (one query). */
export async function findCommitteeRounds(database: Database, personId: string): Promise<RoundLabel[]> {
  const rounds = await database.round.findMany({
    where: {
      state: { not: "CLOSED" },
      leaderId: { not: personId },
      participants: { none: { personId } },
      unitId: { in: await coveredUnitIds(database, personId) },
    },
    select: roundLabelSelect,
    orderBy: [{ updatedAt: "desc" }],
    take: committeeRoundsShown,
  });
  return rounds.map(toLabel);
}

/** The open rounds whose leader named this person their union representative, that they neither lead nor take part in. */
export async function findUnionRepRounds(database: Database, personId: string): Promise<RoundLabel[]> {
  const rounds = await database.round.findMany({
    where: { state: { not: "CLOSED" }, unionRepId: personId, leaderId: { not: personId }, participants: { none: { personId } } },
    select: roundLabelSelect,
    orderBy: [{ updatedAt: "desc" }],
    take: committeeRoundsShown,
  });
  return rounds.map(toLabel);
}

/**
 * Open rounds whose leader has stopped (deactivated, by hand or by the HR import) and for which this
 * person is the nearest active leader above in the manager chain: a round must not stand still with
 * nobody to lead it, so it waits on them to hand it over. Read from the organisation as it stands,
 * so whichever way the leader was deactivated, the round shows up (two queries).
 */
export async function findRoundsWithoutLeader(database: Database, personId: string): Promise<RoundLabel[]> {
  const rows = await database.$queryRaw<{ id: string }[]>`
    with recursive above(round_id, person_id, depth) as (
      select r.id, l."managerId", 1 from "Round" r join "Person" l on l.id = r."leaderId"
      where r.state <> 'CLOSED' and not l.active and l."managerId" is not null
      union all
      select a.round_id, p."managerId", a.depth + 1 from above a join "Person" p on p.id = a.person_id
      where not p.active and p."managerId" is not null and a.depth < 100
    )
    select a.round_id::text as id from above a join "Person" p on p.id = a.person_id where p.active and p.id = ${personId}::uuid`;
  if (rows.length === 0) return [];
  const rounds = await database.round.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: roundLabelSelect,
    orderBy: [...newestFirst],
  });
  return rounds.map(toLabel);
}
