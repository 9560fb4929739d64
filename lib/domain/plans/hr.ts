import "server-only";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { conversationHeld } from "./conversation-held";

// HR's filing desk: per round, how far it has come (counts only, never contents), and the signed
// plans still to be filed. The plan that is filed is the latest signed version of each plan.

export type RoundProgress = {
  roundId: string; title: string; kind: "MUS" | "LUS"; year: number; unitId: string; unit: string; leader: string;
  participants: number; sheetsShared: number; conversationsHeld: number; plansSigned: number; plansFiled: number;
};

export async function loadFilingProgress(database: Database, municipalityId: string, now = new Date()): Promise<RoundProgress[]> {
  const rows = await database.$queryRaw<(Omit<RoundProgress, "participants" | "sheetsShared" | "conversationsHeld" | "plansSigned" | "plansFiled"> & Record<string, bigint>)[]>`
    with latest as (
      select distinct on (v."planId") v."planId", v."filedAt" from "PlanVersion" v
      where v."signedAt" is not null order by v."planId", v.number desc
    )
    select r.id as "roundId", r.title, r.kind, r.year, u.id as "unitId", u.name as unit, l.name as leader,
      count(p.id) as participants,
      count(s.id) filter (where s.state = 'SUBMITTED') as "sheetsShared",
      count(p.id) filter (where ${conversationHeld(Prisma.sql`c."startsAt"`, Prisma.sql`latest."planId"`, now)}) as "conversationsHeld",
      count(latest."planId") as "plansSigned",
      count(latest."filedAt") as "plansFiled"
    from "Round" r
    join "Unit" u on u.id = r."unitId"
    join "Person" l on l.id = r."leaderId"
    left join "RoundParticipant" p on p."roundId" = r.id
    left join "PreparationSheet" s on s."participantId" = p.id
    left join "Conversation" c on c."participantId" = p.id
    left join "Plan" pl on pl."participantId" = p.id
    left join latest on latest."planId" = pl.id
    where r."municipalityId" = ${municipalityId}::uuid and r.state <> 'PLANNING'
    group by r.id, u.id, u.name, l.name
    order by r.year desc, u.name, r.title`;
  return rows.map((row) => ({
    ...row,
    participants: Number(row.participants), sheetsShared: Number(row.sheetsShared), conversationsHeld: Number(row.conversationsHeld),
    plansSigned: Number(row.plansSigned), plansFiled: Number(row.plansFiled),
  }));
}

export type SignedVersion = { versionId: string; planId: string; number: number; signedAt: Date; filedAt: Date | null; person: string; roundId: string; round: string; unit: string };

/** The latest signed version of each plan in the selection (a round, a unit, or the municipality). */
export async function latestSignedVersions(database: Database, municipalityId: string, selection: { roundId?: string; unitId?: string; unfiledOnly?: boolean }): Promise<SignedVersion[]> {
  return database.$queryRaw<SignedVersion[]>`
    select * from (
      select distinct on (v."planId") v.id as "versionId", v."planId", v.number, v."signedAt", v."filedAt",
        person.name as person, r.id as "roundId", r.title as round, u.name as unit
      from "PlanVersion" v
      join "Plan" pl on pl.id = v."planId"
      join "RoundParticipant" p on p.id = pl."participantId"
      join "Person" person on person.id = p."personId"
      join "Round" r on r.id = p."roundId"
      join "Unit" u on u.id = r."unitId"
      where v."signedAt" is not null and r."municipalityId" = ${municipalityId}::uuid
        and (${selection.roundId ?? null}::uuid is null or r.id = ${selection.roundId ?? null}::uuid)
        and (${selection.unitId ?? null}::uuid is null or r."unitId" = ${selection.unitId ?? null}::uuid)
      order by v."planId", v.number desc
    ) latest
    where ${selection.unfiledOnly ?? false} = false or latest."filedAt" is null
    order by latest."signedAt"`;
}
