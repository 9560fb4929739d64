import "server-only";
import type { Transaction } from "@/lib/db-client";
import { personRestrictedSql } from "@/lib/domain/restriction/processing";
import type { RoundState } from "@/lib/domain/rounds/state-machine";
import { Prisma } from "@/lib/generated/prisma/client";

// What the sheet rules need about a participant, in one query: this sits on the autosave path,
// where every round trip is paid by every keystroke batch of every person preparing.

export type ParticipantContext = {
  id: string;
  personId: string;
  groupId: string;
  round: { id: string; state: RoundState; leaderId: string };
  conversation: { startsAt: Date } | null;
  /** Given a catch-up conversation after the wrap-up began: may still prepare (state-machine.ts participantMay). */
  catchUpAt: Date | null;
  /** The participant's processing is restricted (GDPR art. 18): nothing of theirs may change. */
  restricted: boolean;
  /** Moved to a new leader's round (lib/domain/rounds/manager-change/): read-only here. */
  moved: boolean;
};

type Row = {
  id: string;
  personId: string;
  groupId: string;
  roundId: string;
  state: RoundState;
  leaderId: string;
  startsAt: Date | null;
  catchUpAt: Date | null;
  restricted: boolean;
  absence: string | null;
};

/**
 * The context of a change: the person's row is locked for share until the transaction ends, so a
 * restriction or an erasure being placed waits for the change, and a change after it sees it.
 */

export async function participantContext(tx: Transaction, participantId: string): Promise<ParticipantContext | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    select p.id, p."personId", p."groupId", p."catchUpAt", p.absence::text as absence, r.id as "roundId", r.state, r."leaderId", c."startsAt", ${Prisma.raw(personRestrictedSql)} as restricted
    from "RoundParticipant" p
    join "Round" r on r.id = p."roundId"
    join "Person" person on person.id = p."personId"
    left join "Conversation" c on c."participantId" = p.id
    where p.id = ${participantId}::uuid
    for share of person, p`;
  if (!row) return null;
  return {
    id: row.id,
    personId: row.personId,
    groupId: row.groupId,
    round: { id: row.roundId, state: row.state, leaderId: row.leaderId },
    conversation: row.startsAt ? { startsAt: row.startsAt } : null,
    catchUpAt: row.catchUpAt,
    restricted: row.restricted,
    moved: row.absence === "NEW_LEADER",
  };
}

export const conversationStarted = (context: ParticipantContext, now = new Date()) =>
  context.conversation !== null && context.conversation.startsAt.getTime() <= now.getTime();
