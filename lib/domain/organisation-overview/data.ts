import "server-only";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { conversationHeld } from "@/lib/domain/plans/hr/conversation-held";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { wrapUpPhases, type RoundState } from "@/lib/domain/rounds/state-machine";
import { lateRoundsByYear, type TimelineRound } from "./release";

// The rows the organisation's overview is computed from, for the whole municipality and every year
// at once: a handful of grouped statements, never one per unit (a city has thousands).
//
// Answer figures (scores, motivation, practice actions) come only from rounds whose wrap-up has
// begun, and leave out people away this round and catch-up conversations, as the leader's overview
// does (lib/domain/overview/data.ts): from then on nothing in them changes, so the figures do not
// move from day to day. They are summed per unit and year in SQL instead of reading every stored
// plan through readPlanContent: a city has 40,000 plans a year. Only three keys are read, and
// every older stored shape lacks them in just the way its upgrade turns into "" (no motivation,
// no theme, no form; lib/domain/plans/stored/content-upgrades.ts), which `coalesce(…, '')` matches.

export type UnitRow = { id: string; name: string; parentId: string | null };
export type RoundRow = {
  id: string;
  unitId: string;
  /** The unit's parent when the round was created (Round.unitParentId). */
  unitParentId: string | null;
  year: number;
  kind: "MUS" | "LUS";
  state: RoundState;
  title: string;
  leader: string;
  createdAt: Date;
  participants: number;
  sheetsShared: number;
  conversationsHeld: number;
  plansSigned: number;
  plansFiled: number;
  followedUp: number;
};
export type ScoreRow = { unitId: string; year: number; dimension: string; counts: number[] };
export type MotivationRow = { unitId: string; year: number; motivated: string; plans: number };
export type ActionRow = { unitId: string; year: number; theme: string; form: string; actions: number };
export type JointActionRow = {
  roundId: string;
  what: string;
  dueDate: Date;
  status: "OPEN" | "DONE" | "CARRIED_OVER";
  carriedFrom: string;
};

export type OrganisationRows = {
  units: UnitRow[];
  rounds: RoundRow[];
  /** Every round of the municipality, planning included: when each was created and reached its wrap-up (release.ts). */
  timeline: TimelineRound[];
  /** Rounds created after a unit holding them had been released: in no answer figure (release.ts). */
  late: Set<string>;
  scores: ScoreRow[];
  motivation: MotivationRow[];
  actions: ActionRow[];
};

/**
 * The participants whose answers count, with their round's unit, year and wrap-up start; `scored`:
 * only rounds with scores; `late`: rounds left out (release.ts).
 */
const counted = (municipalityId: string, late: string[], scored = false) => Prisma.sql`
  select r."unitId", r.year, r."wrapUpStartedAt", p.id as "participantId"
  from "Round" r join "RoundParticipant" p on p."roundId" = r.id
  where r."municipalityId" = ${municipalityId}::uuid and r.state::text = any(${[...wrapUpPhases]}::text[])
    and r."wrapUpStartedAt" is not null and not (r.id = any(${late}::uuid[]))
    ${scored ? Prisma.sql`and r."hasScores"` : Prisma.empty}
    and p.absence is null and p."catchUpAt" is null`;

// The plan as it stood when the wrap-up began: a plan revised and signed again at the follow-up
// would otherwise change a released figure by one person's answers.
const frozenPlan = Prisma.sql`
  join lateral (
    select v.content from "Plan" pl join "PlanVersion" v on v."planId" = pl.id
    where pl."participantId" = c."participantId" and v."signedAt" is not null and v."signedAt" <= c."wrapUpStartedAt"
    order by v.number desc limit 1
  ) v on true`;

function scoreCounts(rows: { unitId: string; year: number; dimension: string; score: number; n: number }[]): ScoreRow[] {
  const byKey = new Map<string, ScoreRow>();
  for (const row of rows) {
    const score = Number(row.score);
    if (!Number.isInteger(score) || score < 1 || score > 10) continue;
    const key = `${row.unitId}|${row.year}|${row.dimension}`;
    let entry = byKey.get(key);
    if (!entry)
      byKey.set(
        key,
        (entry = { unitId: row.unitId, year: row.year, dimension: row.dimension, counts: Array.from({ length: 10 }, () => 0) }),
      );
    entry.counts[score - 1] += row.n;
  }
  return [...byKey.values()];
}

export async function loadOrganisationRows(database: Database, municipalityId: string, now = new Date()): Promise<OrganisationRows> {
  const dimensions = vitalisationDimensions.map((dimension) => dimension.id);
  // Which rounds are late decides which answers are read: the small timeline first.
  const [units, timeline] = await Promise.all([
    database.$queryRaw<UnitRow[]>`
      select id, name, "parentId" from "Unit" where "municipalityId" = ${municipalityId}::uuid order by name`,
    database.$queryRaw<TimelineRound[]>`
      select id, "unitId", "unitParentId", year, "createdAt", "wrapUpStartedAt" from "Round" where "municipalityId" = ${municipalityId}::uuid`,
  ]);
  const late = lateRoundsByYear(units, timeline);
  const lateIds = [...late];
  const [rounds, scores, motivation, actions] = await Promise.all([
    // Progress per round, as HR's desk counts it, for every round past planning.
    database.$queryRaw<
      (Omit<RoundRow, "participants" | "sheetsShared" | "conversationsHeld" | "plansSigned" | "plansFiled" | "followedUp"> &
        Record<string, bigint>)[]
    >`
      select r.id, r."unitId", r."unitParentId", r.year, r.kind, r.state, r.title, l.name as leader, r."createdAt",
        count(p.id) filter (where p.absence is null) as participants,
        count(s.id) filter (where p.absence is null and s.state = 'SUBMITTED') as "sheetsShared",
        count(p.id) filter (where p.absence is null and ${conversationHeld(Prisma.sql`c."startsAt"`, Prisma.sql`v."planId"`, now)}) as "conversationsHeld",
        count(v.id) filter (where p.absence is null) as "plansSigned",
        count(v."filedAt") filter (where p.absence is null) as "plansFiled",
        count(v.id) filter (where p.absence is null and (p."carriedOverAt" is not null or exists (
          select 1 from "PlanFollowUp" f where f."planId" = v."planId" and f."versionNumber" = v.number))) as "followedUp"
      from "Round" r
      join "Person" l on l.id = r."leaderId"
      left join "RoundParticipant" p on p."roundId" = r.id
      left join "PreparationSheet" s on s."participantId" = p.id
      left join "Conversation" c on c."participantId" = p.id
      left join "Plan" pl on pl."participantId" = p.id
      left join "PlanVersion" v on v."planId" = pl.id and v."latestSigned"
      where r."municipalityId" = ${municipalityId}::uuid and r.state <> 'PLANNING'
      group by r.id, l.name`,
    // How many gave each score, per unit, year and dimension (a score that is not a whole number from 1 to 10 counts nowhere, as in the leader's overview).
    database.$queryRaw<{ unitId: string; year: number; dimension: string; score: number; n: number }[]>`
      select c."unitId", c.year, d.dimension, (s.fields ->> ('score.' || d.dimension))::float8 as score, count(*)::int as n
      from (${counted(municipalityId, lateIds, true)}) c
      join "PreparationSheet" s on s."participantId" = c."participantId" and s.state = 'SUBMITTED'
      cross join unnest(${dimensions}::text[]) as d(dimension)
      where jsonb_typeof(s.fields -> ('score.' || d.dimension)) = 'number'
      group by 1, 2, 3, 4`.then(scoreCounts),
    database.$queryRaw<MotivationRow[]>`
      select c."unitId", c.year, coalesce(v.content ->> 'motivated', '') as motivated, count(*)::int as plans
      from (${counted(municipalityId, lateIds)}) c
      ${frozenPlan}
      group by 1, 2, 3`,
    database.$queryRaw<ActionRow[]>`
      select c."unitId", c.year, coalesce(a ->> 'theme', '') as theme, coalesce(a ->> 'form', '') as form, count(*)::int as actions
      from (${counted(municipalityId, lateIds)}) c
      ${frozenPlan}
      cross join jsonb_array_elements(case when jsonb_typeof(v.content -> 'actions') = 'array' then v.content -> 'actions' else '[]'::jsonb end) a
      where btrim(coalesce(a ->> 'what', '')) <> ''
      group by 1, 2, 3, 4`,
  ]);
  return {
    units,
    timeline,
    late,
    rounds: rounds.map((round) => ({
      ...round,
      participants: Number(round.participants),
      sheetsShared: Number(round.sheetsShared),
      conversationsHeld: Number(round.conversationsHeld),
      plansSigned: Number(round.plansSigned),
      plansFiled: Number(round.plansFiled),
      followedUp: Number(round.followedUp),
    })),
    scores,
    motivation,
    actions,
  };
}

/** The joint action plans of the given rounds (the wrap-ups on the viewer's page), without who: that may name people. */
export async function loadJointActions(database: Database, roundIds: string[]): Promise<JointActionRow[]> {
  if (roundIds.length === 0) return [];
  return database.jointAction.findMany({
    where: { roundId: { in: roundIds } },
    orderBy: [{ roundId: "asc" }, { position: "asc" }],
    select: { roundId: true, what: true, dueDate: true, status: true, carriedFrom: true },
  });
}

/** The units and years in which the viewer's own answers count (they took part in a round). */
export async function loadViewerParticipation(database: Database, municipalityId: string, personId: string) {
  return database.$queryRaw<{ unitId: string; year: number }[]>`
    select distinct r."unitId", r.year from "RoundParticipant" p join "Round" r on r.id = p."roundId"
    where p."personId" = ${personId}::uuid and r."municipalityId" = ${municipalityId}::uuid
      and r.state::text = any(${[...wrapUpPhases]}::text[]) and p.absence is null and p."catchUpAt" is null`;
}
