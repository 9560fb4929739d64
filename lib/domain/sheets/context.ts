import "server-only";
import type { Transaction } from "@/lib/db-client";
import type { RoundState } from "@/lib/domain/rounds/state-machine";

// What the sheet rules need about a participant, in one query: this sits on the autosave path,
// where every round trip is paid by every keystroke batch of every person preparing.

export type ParticipantContext = {
  id: string;
  personId: string;
  groupId: string;
  round: { id: string; state: RoundState; leaderId: string };
  conversation: { startsAt: Date } | null;
};

type Row = { id: string; personId: string; groupId: string; roundId: string; state: RoundState; leaderId: string; startsAt: Date | null };

export async function participantContext(tx: Transaction, participantId: string): Promise<ParticipantContext | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    select p.id, p."personId", p."groupId", r.id as "roundId", r.state, r."leaderId", c."startsAt"
    from "RoundParticipant" p
    join "Round" r on r.id = p."roundId"
    left join "Conversation" c on c."participantId" = p.id
    where p.id = ${participantId}::uuid`;
  if (!row) return null;
  return {
    id: row.id,
    personId: row.personId,
    groupId: row.groupId,
    round: { id: row.roundId, state: row.state, leaderId: row.leaderId },
    conversation: row.startsAt ? { startsAt: row.startsAt } : null,
  };
}

export const conversationStarted = (context: ParticipantContext, now = new Date()) =>
  context.conversation !== null && context.conversation.startsAt.getTime() <= now.getTime();
