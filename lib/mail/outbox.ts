import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendMail, type Mail } from "./send";
import { readMailCalendar } from "./stored-calendar";

// Mail that belongs to a change (an invitation, a moved conversation) is queued in the same
// transaction as the change: if the change is saved, the mail will go; if it is not, no mail
// announces something that did not happen. Delivery claims rows with FOR UPDATE SKIP LOCKED, so
// two app instances never send the same mail twice.

const staleClaimMinutes = 5;
const batchSize = 50;

export async function enqueueMails(tx: Transaction, mails: Mail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.outgoingMail.createMany({
    data: mails.map((mail) => ({ to: mail.to, subject: mail.subject, text: mail.text, calendar: (mail.calendar ?? undefined) as Prisma.InputJsonValue | undefined })),
  });
}

/** Mail not sent yet, across all instances (for /api/metrics). */
export function countQueuedMail(database: Database): Promise<number> {
  return database.outgoingMail.count({ where: { sentAt: null } });
}

type Claimed = { id: bigint; to: string; subject: string; text: string; calendar: unknown };

/** Sends what is queued. Returns how many were sent and how many stay queued after a failure. */
export async function deliverQueuedMail(database: Database): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const claimed = await database.$queryRaw<Claimed[]>`
      update "OutgoingMail" set "claimedAt" = now(), attempts = attempts + 1
      where id in (
        select id from "OutgoingMail"
        where "sentAt" is null and ("claimedAt" is null or "claimedAt" < now() - make_interval(mins => least(60, ${staleClaimMinutes} * attempts)))
        order by attempts, id limit ${batchSize} for update skip locked)
      returning id, "to", subject, text, calendar`;
    if (claimed.length === 0) return { sent, failed };
    for (const mail of claimed) {
      try {
        await sendMail({ to: mail.to, subject: mail.subject, text: mail.text, calendar: mail.calendar === null ? undefined : readMailCalendar(mail.calendar) });
        await database.outgoingMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), lastError: null } });
        sent += 1;
      } catch (error) {
        // Held back a while, longer after each failure (5 minutes per attempt, at most an hour), and
        // behind mail not yet tried: one mail the server always refuses never holds up the others.
        // The error is kept for whoever looks at the queue.
        await database.outgoingMail.update({ where: { id: mail.id }, data: { claimedAt: new Date(), lastError: String(error).slice(0, 1000) } });
        console.error(`[mail] delivery of queued mail ${mail.id} failed: ${String(error)}`);
        failed += 1;
      }
    }
    if (failed > 0) return { sent, failed };
  }
}

/** Delivers right after a change was saved; what cannot go now stays queued for the job loop. */
export async function deliverAfterChange(database: Database): Promise<{ mailQueued: boolean }> {
  const { failed } = await deliverQueuedMail(database);
  return { mailQueued: failed > 0 };
}
