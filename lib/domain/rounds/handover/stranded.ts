import "server-only";
import type { Transaction } from "@/lib/db-client";
import { appUrl } from "@/lib/env";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { managersAbove } from "./data";

/**
 * A leader deactivated with rounds still open leaves no round stuck: for each such round, the nearest
 * active leader above them (who may hand it over: policy "roundHandover") is written to, in the
 * transaction that deactivates them, with the link to the handover page. The round also shows on that
 * leader's start page (next-steps). Someone without an active leader above, or without an address,
 * gets no mail; the administrator sees the round there and can hand it over too.
 */
export async function tellAboutStrandedRounds(tx: Transaction, deactivatedIds: readonly string[]): Promise<number> {
  if (deactivatedIds.length === 0) return 0;
  const rounds = await tx.round.findMany({
    where: { leaderId: { in: [...deactivatedIds] }, state: { not: "CLOSED" } },
    select: { id: true, kind: true, title: true, leaderId: true, leader: { select: { name: true } } },
  });
  let told = 0;
  for (const round of rounds) {
    const active = await activeNearest(tx, await managersAbove(tx, round.leaderId));
    if (!active?.email) continue;
    await enqueueMails(tx, [
      {
        to: active.email,
        subject: da.handover.mail.strandedSubject(da.rounds.kindShort[round.kind], round.title),
        text: da.handover.mail.stranded({
          name: active.name,
          leader: round.leader.name,
          title: round.title,
          link: `${appUrl()}/runder/overdragelse/${round.id}`,
        }),
      },
    ]);
    told += 1;
  }
  return told;
}

/** The nearest active person in the manager chain (nearest first), or null. */
async function activeNearest(tx: Transaction, chain: string[]) {
  const people = await tx.person.findMany({
    where: { id: { in: chain }, active: true, anonymisedAt: null },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  return chain.map((id) => byId.get(id)).find((person) => person !== undefined) ?? null;
}
