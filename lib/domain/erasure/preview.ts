import "server-only";
import type { Sql } from "@/lib/db-client";
import { inHeldRound, personHeld } from "@/lib/domain/retention/held";

// What erasing one person would do, counted: what goes, what stays (and why), and what stops the
// erasure altogether. The erasure itself counts again inside its transaction (erase.ts), so what it
// erases is what is there then, not what the administrator saw a minute ago.

export type ErasureBlocker = "held" | "roundHeld" | "restricted" | "active" | "openRounds" | "erased";

export type ErasurePreview = {
  /** Empty: the erasure may go ahead. Anything else: nothing is erased. */
  blockers: ErasureBlocker[];
  openRoundsLed: number;
  goes: { sheets: number; notes: number; draftPlans: number; filedPlans: number; sessions: number; mail: number };
  stays: { unfiledPlans: number; ledPlans: number };
};

// Each of the person's plans with whether it was ever signed, and whether its latest signed version
// is filed in the personnel folder (the same test as the retention job's SIGNED_PLANS line).
export const personPlans = `
  select pl.id,
    exists (select 1 from "PlanVersion" v where v."planId" = pl.id and v."signedAt" is not null) as signed,
    exists (select 1 from "PlanVersion" v where v."planId" = pl.id and v."latestSigned" and v."filedAt" is not null) as filed
  from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" where p."personId" = $1::uuid`;

const participations = `select p.id from "RoundParticipant" p where p."personId" = $1::uuid`;

type Row = {
  active: boolean;
  erased: boolean;
  held: boolean;
  roundHeld: boolean;
  restricted: boolean;
  openRoundsLed: string;
  sheets: string;
  notes: string;
  draftPlans: string;
  filedPlans: string;
  unfiledPlans: string;
  sessions: string;
  mail: string;
  ledPlans: string;
};

/** The preview for a person of the municipality, or null when there is no such person there. One statement. */
export async function previewErasure(sql: Sql, municipalityId: string, personId: string): Promise<ErasurePreview | null> {
  const [row] = await sql<Row>(
    `with plans as (${personPlans})
     select person.active, person."anonymisedAt" is not null as erased,
       ${personHeld("person.id")} as held, ${inHeldRound("person.id")} as "roundHeld", person."restrictedAt" is not null as restricted,
       (select count(*) from "Round" r where r."leaderId" = person.id and r.state <> 'CLOSED') as "openRoundsLed",
       (select count(*) from "PreparationSheet" s where s."participantId" in (${participations})) as sheets,
       (select count(*) from "LeaderNote" n where n."participantId" in (${participations})) as notes,
       (select count(*) from plans where not signed) as "draftPlans",
       (select count(*) from plans where filed) as "filedPlans",
       (select count(*) from plans where signed and not filed) as "unfiledPlans",
       (select count(*) from "AuthSession" a where a."personId" = person.id) as sessions,
       (select count(*) from "OutgoingMail" m where m."to" = person.email) as mail,
       (select count(*) from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Round" r on r.id = p."roundId"
         where r."leaderId" = person.id and p."personId" <> person.id) as "ledPlans"
     from "Person" person where person.id = $1::uuid and person."municipalityId" = $2::uuid`,
    [personId, municipalityId],
  );
  if (!row) return null;
  const blockers: ErasureBlocker[] = [];
  // Already erased says it all; otherwise every reason is shown, so one visit fixes them all.
  if (row.erased) blockers.push("erased");
  else {
    if (row.held) blockers.push("held");
    if (row.roundHeld) blockers.push("roundHeld");
    if (row.restricted) blockers.push("restricted");
    if (row.active) blockers.push("active");
    if (Number(row.openRoundsLed) > 0) blockers.push("openRounds");
  }
  return {
    blockers,
    openRoundsLed: Number(row.openRoundsLed),
    goes: {
      sheets: Number(row.sheets),
      notes: Number(row.notes),
      draftPlans: Number(row.draftPlans),
      filedPlans: Number(row.filedPlans),
      sessions: Number(row.sessions),
      mail: Number(row.mail),
    },
    stays: { unfiledPlans: Number(row.unfiledPlans), ledPlans: Number(row.ledPlans) },
  };
}
