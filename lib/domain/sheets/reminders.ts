import "server-only";
import type { Database } from "@/lib/db-client";
import { sheetLink } from "@/lib/domain/rounds/mails";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";

type Due = { id: string; name: string; email: string | null; roundId: string; title: string; startsAt: Date };

/**
 * Reminds everyone whose conversation is within `daysBefore` days and who has not shared their
 * sheet, unless their processing is restricted (GDPR art. 18). Each reminder is claimed by setting reminderSentAt where it is still empty, in the same
 * transaction that queues the mail: whichever server instance gets there first sends it, once.
 */
export async function sendDueReminders(database: Database, now: Date, daysBefore: number): Promise<number> {
  const horizon = new Date(now.getTime() + daysBefore * 24 * 60 * 60 * 1000);
  return database.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Due[]>`
      update "RoundParticipant" p set "reminderSentAt" = ${now}
      from "Conversation" c, "Round" r, "Person" person
      where c."participantId" = p.id and r.id = p."roundId" and person.id = p."personId"
        and p."reminderSentAt" is null and p.absence is null and person.active and person."restrictedAt" is null
        and (r.state in ('PREPARATION', 'CONVERSATIONS') or (p."catchUpAt" is not null and r.state in ('WRAP_UP', 'FOLLOW_UP')))
        and c."startsAt" > ${now} and c."startsAt" <= ${horizon}
        and not exists (select 1 from "PreparationSheet" s where s."participantId" = p.id and s.state = 'SUBMITTED')
      returning p.id, person.name, person.email, r.id as "roundId", r.title, c."startsAt"`;
    await enqueueMails(
      tx,
      due.map((row) => ({
        to: row.email,
        subject: da.sheets.reminder.subject(row.title),
        text: da.sheets.reminder.text({ name: row.name, when: formatDateTime(row.startsAt), link: sheetLink(row.roundId) }),
      })),
    );
    return due.length;
  });
}
