import "server-only";
import type { Transaction } from "@/lib/db-client";

export const party = { select: { name: true, email: true } } as const;

/** What the round's e-mails need to know about the round and its leader. */
export async function roundFacts(tx: Transaction, roundId: string) {
  return tx.round.findUniqueOrThrow({
    where: { id: roundId },
    select: { id: true, kind: true, title: true, conversationsFrom: true, conversationsTo: true, leader: party },
  });
}
