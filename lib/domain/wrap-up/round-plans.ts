import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import { conversationHeld } from "@/lib/domain/plans/hr/conversation-held";
import type { PlanContent } from "@/lib/domain/plans/doc";
import type { FollowUpState } from "@/lib/domain/plans/schema";
import { readActionStates } from "@/lib/domain/plans/stored/read-action-states";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";
import { readFieldMap } from "@/lib/domain/sheets/stored-fields";
import { Prisma } from "@/lib/generated/prisma/client";
import { planProgress, type PlanProgress } from "./closing";

// Every participant of a round with where they stand after the conversations: the shared sheet's
// scores, the conversation, the latest signed version of the plan and its last follow-up. One
// statement whatever the size of the round (the overview of 300 people must not be 300 queries).

export type RoundPlanRow = {
  participantId: string;
  personId: string;
  name: string;
  groupId: string;
  sheetShared: boolean;
  scores: Record<string, unknown>;
  conversationAt: Date | null;
  /** Held by the one rule (plans/hr/conversation-held.ts): its time has passed or its plan is signed. */
  conversationHeld: boolean;
  carriedOverAt: Date | null;
  /** Marked not this round by the leader (a category, lib/domain/rounds/mutations/absence.ts). */
  absent: boolean;
  /** Given a catch-up conversation after the wrap-up began: outside the round's figures. */
  catchUp: boolean;
  planId: string | null;
  signedNumber: number | null;
  content: PlanContent | null;
  followUpDate: Date | null;
  lastFollowUp: { versionNumber: number; heldOn: Date; actionStates: FollowUpState[] } | null;
  progress: PlanProgress;
};

// The stored documents come as JSON and are read once below (lib/stored/versioned.ts).
type Raw = Omit<RoundPlanRow, "lastFollowUp" | "progress" | "scores" | "content"> & {
  content: unknown;
  fields: unknown;
  followUpVersion: number | null;
  followUpHeldOn: Date | null;
  followUpStates: unknown;
};

export async function loadRoundPlans(database: Database | Transaction, roundId: string, now = new Date()): Promise<RoundPlanRow[]> {
  const rows = await database.$queryRaw<Raw[]>`
    with people as (
      select p.id, p."personId", p."groupId", p."carriedOverAt", p.absence is not null as absent, p."catchUpAt" is not null as "catchUp"
      from "RoundParticipant" p where p."roundId" = ${roundId}::uuid
    ), signed as (
      select distinct on (v."planId") v."planId", v.number, v.content from "PlanVersion" v
      join "Plan" pl on pl.id = v."planId" join people on people.id = pl."participantId"
      where v."signedAt" is not null order by v."planId", v.number desc
    ), followed as (
      select distinct on (f."planId") f."planId", f."versionNumber", f."heldOn", f."actionStates" from "PlanFollowUp" f
      join "Plan" pl on pl.id = f."planId" join people on people.id = pl."participantId"
      order by f."planId", f."heldOn" desc, f."createdAt" desc
    )
    select people.id as "participantId", people."personId", person.name, people."groupId", people."carriedOverAt", people.absent, people."catchUp",
      s.state = 'SUBMITTED' as "sheetShared", case when s.state = 'SUBMITTED' then s.fields end as fields,
      c."startsAt" as "conversationAt", ${conversationHeld(Prisma.sql`c."startsAt"`, Prisma.sql`signed."planId"`, now)} as "conversationHeld",
      pl.id as "planId", pl."followUpDate",
      signed.number as "signedNumber", signed.content,
      followed."versionNumber" as "followUpVersion", followed."heldOn" as "followUpHeldOn", followed."actionStates" as "followUpStates"
    from people
    join "Person" person on person.id = people."personId"
    left join "PreparationSheet" s on s."participantId" = people.id
    left join "Conversation" c on c."participantId" = people.id
    left join "Plan" pl on pl."participantId" = people.id
    left join signed on signed."planId" = pl.id
    left join followed on followed."planId" = pl.id
    order by person.name, people.id`;
  return rows.map(({ fields, followUpVersion, followUpHeldOn, followUpStates, content: storedContent, ...row }) => {
    const lastFollowUp =
      followUpVersion !== null && followUpHeldOn && followUpStates
        ? { versionNumber: followUpVersion, heldOn: followUpHeldOn, actionStates: readActionStates(followUpStates) }
        : null;
    const content = storedContent === null ? null : readPlanContent(storedContent);
    return {
      ...row,
      content,
      sheetShared: row.sheetShared === true,
      conversationHeld: row.conversationHeld === true,
      scores: fields === null ? {} : readFieldMap(fields),
      lastFollowUp,
      progress: planProgress({
        signedNumber: row.signedNumber,
        actionCount: content?.actions.length ?? 0,
        lastFollowUp,
        carriedOver: row.carriedOverAt !== null,
      }),
    };
  });
}
