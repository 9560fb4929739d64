import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withHelpFooter } from "./help-footer";
import { afterFailure, leaseMinutes, maxAttempts } from "./retry";
import { sendMail, type Mail } from "./send";
import { readMailCalendar } from "./stored-calendar";

// Mail that belongs to a change (an invitation, a moved conversation) is queued in the same
// transaction as the change: if the change is saved, the mail will go; if it is not, no mail
// announces something that did not happen. Delivery claims rows with FOR UPDATE SKIP LOCKED and
// moves their next attempt a lease ahead in the same statement, so two app instances never take
// the same mail, and one that dies mid-send leaves it to be taken again when the lease runs out.
// After a failure the mail waits longer each time and ends as a dead letter (./retry.ts).

const batchSize = 50;

/** A mail as the domain writes it: to a person's address, which some people do not have. */
export type QueuedMail = Omit<Mail, "to"> & { to: string | null };

/**
 * Queues the mails in the change's transaction. A mail to someone without an address (kitchen,
 * cleaning and care staff often have none) is left out rather than failing the change: they get
 * their news on paper, and the leader's participant list says so.
 */
export async function enqueueMails(tx: Transaction, mails: QueuedMail[]): Promise<void> {
  const addressed = await withHelpFooter(
    tx,
    mails.filter((mail): mail is Mail => mail.to !== null),
  );
  if (addressed.length === 0) return;
  await tx.outgoingMail.createMany({
    data: addressed.map((mail) => ({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      calendar: (mail.calendar ?? undefined) as Prisma.InputJsonValue | undefined,
    })),
  });
}

/** Mail not sent yet and still to be tried, across all instances (for /api/metrics). */
export function countQueuedMail(database: Database): Promise<number> {
  return database.outgoingMail.count({ where: { sentAt: null, deadAt: null } });
}

/** Mail given up on (for /api/metrics): someone should read its error. */
export function countDeadMail(database: Database): Promise<number> {
  return database.outgoingMail.count({ where: { deadAt: { not: null } } });
}

type Claimed = { id: bigint; to: string; subject: string; text: string; calendar: unknown; attempts: number };

/**
 * A mail whose last attempt never reported back (its instance died) and had no attempts left is
 * a dead letter once its lease has run out.
 */
async function buryAbandoned(database: Database): Promise<void> {
  await database.$executeRaw`
    update "OutgoingMail" set "deadAt" = now(), "lastError" = coalesce("lastError", 'No outcome from the last attempt')
    where "sentAt" is null and "deadAt" is null and attempts >= ${maxAttempts} and "nextAttemptAt" <= now()`;
}

/** Sends what is due. Returns how many were sent and how many failed (to be tried later or given up on). */
export async function deliverQueuedMail(database: Database): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await buryAbandoned(database);
  for (;;) {
    // Mail not tried yet goes first: one the server always refuses never holds up the others.
    const claimed = await database.$queryRaw<Claimed[]>`
      update "OutgoingMail" set "claimedAt" = now(), attempts = attempts + 1, "nextAttemptAt" = now() + make_interval(mins => ${leaseMinutes})
      where id in (
        select id from "OutgoingMail"
        where "sentAt" is null and "deadAt" is null and "nextAttemptAt" <= now() and attempts < ${maxAttempts}
        order by attempts, id limit ${batchSize} for update skip locked)
      returning id, "to", subject, text, calendar, attempts`;
    if (claimed.length === 0) return { sent, failed };
    for (const mail of claimed) {
      try {
        await sendMail({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          calendar: mail.calendar === null ? undefined : readMailCalendar(mail.calendar),
        });
        await database.outgoingMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), lastError: null } });
        sent += 1;
      } catch (error) {
        await database.outgoingMail.update({
          where: { id: mail.id },
          data: { ...afterFailure(mail.attempts, new Date()), lastError: String(error).slice(0, 1000) },
        });
        console.error(`[mail] delivery of queued mail ${mail.id} failed (attempt ${mail.attempts} of ${maxAttempts}): ${String(error)}`);
        failed += 1;
      }
    }
    // The server is refusing: the rest waits for the next run rather than failing the same way now.
    if (failed > 0) return { sent, failed };
  }
}

/** Delivers right after a change was saved; what cannot go now stays queued for the job loop. */
export async function deliverAfterChange(database: Database): Promise<{ mailQueued: boolean }> {
  const { failed } = await deliverQueuedMail(database);
  return { mailQueued: failed > 0 };
}
