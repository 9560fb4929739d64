import "server-only";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { conversationHeld } from "@/lib/domain/plans/hr/conversation-held";

// HR's filing desk: per round, how far it has come (counts only, never contents), and the signed
// plans still to be filed. The plan that is filed is the latest signed version of each plan.

export type RoundProgress = {
  roundId: string;
  title: string;
  kind: "MUS" | "LUS";
  year: number;
  unitId: string;
  unit: string;
  leader: string;
  participants: number;
  sheetsShared: number;
  conversationsHeld: number;
  plansSigned: number;
  plansFiled: number;
};

/** Rows per page of HR's lists: a large city has thousands of rounds and tens of thousands of plans. */
export const hrPageSize = 50;

/** How many rounds HR's progress table has in all (its pages). */
export async function countFilingRounds(database: Database, municipalityId: string): Promise<number> {
  const [row] = await database.$queryRaw<{ n: number }[]>`
    select count(*)::int as n from "Round" r where r."municipalityId" = ${municipalityId}::uuid and r.state <> 'PLANNING'`;
  return row.n;
}

/**
 * One page of the rounds (newest year first), each with its counts: the page's rounds are chosen
 * first and the joins start from them, so only those rounds' participants are read.
 */
export async function loadFilingProgress(database: Database, municipalityId: string, now = new Date(), page = 1): Promise<RoundProgress[]> {
  const rows = await database.$queryRaw<
    (Omit<RoundProgress, "participants" | "sheetsShared" | "conversationsHeld" | "plansSigned" | "plansFiled"> & Record<string, bigint>)[]
  >`
    with shown as (
      select r.id from "Round" r join "Unit" u on u.id = r."unitId"
      where r."municipalityId" = ${municipalityId}::uuid and r.state <> 'PLANNING'
      order by r.year desc, u.name, r.title, r.id
      limit ${hrPageSize} offset ${(page - 1) * hrPageSize}
    )
    select r.id as "roundId", r.title, r.kind, r.year, u.id as "unitId", u.name as unit, l.name as leader,
      count(p.id) as participants,
      count(s.id) filter (where s.state = 'SUBMITTED') as "sheetsShared",
      count(p.id) filter (where ${conversationHeld(Prisma.sql`c."startsAt"`, Prisma.sql`latest."planId"`, now)}) as "conversationsHeld",
      count(latest."planId") as "plansSigned",
      count(latest."filedAt") as "plansFiled"
    from shown
    join "Round" r on r.id = shown.id
    join "Unit" u on u.id = r."unitId"
    join "Person" l on l.id = r."leaderId"
    left join "RoundParticipant" p on p."roundId" = r.id
    left join "PreparationSheet" s on s."participantId" = p.id
    left join "Conversation" c on c."participantId" = p.id
    left join "Plan" pl on pl."participantId" = p.id
    left join "PlanVersion" latest on latest."planId" = pl.id and latest."latestSigned"
    group by r.id, u.id, u.name, l.name
    order by r.year desc, u.name, r.title, r.id`;
  return rows.map((row) => ({
    ...row,
    participants: Number(row.participants),
    sheetsShared: Number(row.sheetsShared),
    conversationsHeld: Number(row.conversationsHeld),
    plansSigned: Number(row.plansSigned),
    plansFiled: Number(row.plansFiled),
  }));
}

export type SignedVersion = {
  versionId: string;
  planId: string;
  number: number;
  signedAt: Date;
  filedAt: Date | null;
  person: string;
  roundId: string;
  round: string;
  unit: string;
};

/** How many plans' latest signed versions are not filed yet (the unfiled list's pages): one index, no joins. */
export async function countUnfiled(database: Database, municipalityId: string): Promise<number> {
  const [row] = await database.$queryRaw<{ n: number }[]>`
    select count(*)::int as n from "PlanVersion" v
    where v."municipalityId" = ${municipalityId}::uuid and v."latestSigned" and v."filedAt" is null`;
  return row.n;
}

/**
 * The latest signed version of each plan in the selection (a round, a unit, or the municipality),
 * oldest signature first; `page` gives one page of them (HR's list), without it all (the export).
 * `latestSigned` and `municipalityId` are kept by a trigger. The unfiled list picks its page's ids
 * from the index alone (ordering by "filedAt" too, all null here, lets Postgres walk the index in
 * order instead of sorting), and joins names to those fifty rows only.
 */
export async function latestSignedVersions(
  database: Database,
  municipalityId: string,
  selection: { roundId?: string; unitId?: string; unfiledOnly?: boolean; page?: number },
): Promise<SignedVersion[]> {
  const limit = selection.page ? hrPageSize : null;
  const offset = selection.page ? (selection.page - 1) * hrPageSize : 0;
  const unfiled = selection.unfiledOnly ?? false;
  // Only a round's or a unit's export needs to know the version's round while choosing.
  const rounds =
    selection.roundId || selection.unitId
      ? Prisma.sql`join "Plan" pl on pl.id = v."planId" join "RoundParticipant" p on p.id = pl."participantId" join "Round" r on r.id = p."roundId"`
      : Prisma.empty;
  return database.$queryRaw<SignedVersion[]>`
    with chosen as (
      select v.id from "PlanVersion" v ${rounds}
      where v."municipalityId" = ${municipalityId}::uuid and v."latestSigned"
        ${unfiled ? Prisma.sql`and v."filedAt" is null` : Prisma.empty}
        ${selection.roundId ? Prisma.sql`and r.id = ${selection.roundId}::uuid` : Prisma.empty}
        ${selection.unitId ? Prisma.sql`and r."unitId" = ${selection.unitId}::uuid` : Prisma.empty}
      order by ${unfiled ? Prisma.sql`v."filedAt", ` : Prisma.empty}v."signedAt", v.id
      limit ${limit} offset ${offset}
    )
    select v.id as "versionId", v."planId", v.number, v."signedAt", v."filedAt",
      person.name as person, r.id as "roundId", r.title as round, u.name as unit
    from chosen
    join "PlanVersion" v on v.id = chosen.id
    join "Plan" pl on pl.id = v."planId"
    join "RoundParticipant" p on p.id = pl."participantId"
    join "Person" person on person.id = p."personId"
    join "Round" r on r.id = p."roundId"
    join "Unit" u on u.id = r."unitId"
    order by v."signedAt", v.id`;
}
