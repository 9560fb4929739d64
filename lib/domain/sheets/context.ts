import "server-only";
import type { Transaction } from "@/lib/db-client";

/** A participant with what the sheet rules need: their round, its leader, their group, their conversation. */
export async function participantContext(tx: Transaction, participantId: string) {
  return tx.roundParticipant.findUnique({
    where: { id: participantId },
    select: {
      id: true,
      personId: true,
      groupId: true,
      person: { select: { name: true, email: true } },
      round: { select: { id: true, state: true, leaderId: true, kind: true, title: true } },
      conversation: { select: { startsAt: true } },
    },
  });
}

export type ParticipantContext = NonNullable<Awaited<ReturnType<typeof participantContext>>>;

export const conversationStarted = (context: ParticipantContext, now = new Date()) =>
  context.conversation !== null && context.conversation.startsAt.getTime() <= now.getTime();

/** The group's question ids: the only answer fields this person's sheet has. */
export async function questionIdsOf(tx: Transaction, groupId: string): Promise<Set<string>> {
  const rows = await tx.roundQuestion.findMany({ where: { groupId }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}
