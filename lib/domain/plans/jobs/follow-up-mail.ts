import "server-only";
import type { Database } from "@/lib/db-client";
import { enqueueMails } from "@/lib/mail/outbox";
import { planPartiesFor } from "@/lib/domain/plans/mutations/follow-up";
import { followUpDueMails } from "@/lib/domain/plans/mails";

// On a signed plan's follow-up date both parties get an e-mail asking them to plan the follow-up.
// The plans due are claimed with FOR UPDATE SKIP LOCKED and marked in the transaction that queues
// the mails: another instance skips what this one holds, and a restart finds them marked. Once per
// follow-up date (a new signed version with a new date gets its own e-mail). Not while the
// employee's processing is restricted (GDPR art. 18): the plan waits, and is mailed once it is lifted.

type Due = { id: string; participantId: string; followUpDate: Date };

export async function sendFollowUpMails(database: Database, now: Date): Promise<number> {
  return database.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Due[]>`
      select id, "participantId", "followUpDate" from "Plan" pl
      where "followUpDate" is not null
        and not exists (select 1 from "RoundParticipant" p join "Person" person on person.id = p."personId"
                        where p.id = pl."participantId" and person."restrictedAt" is not null)
        and "followUpDate" <= (${now}::timestamptz at time zone 'Europe/Copenhagen')::date
        and "followUpMailedFor" is distinct from "followUpDate"
      order by "followUpDate" limit 100
      for update skip locked`;
    if (due.length === 0) return 0;
    const parties = await planPartiesFor(
      tx,
      due.map((plan) => plan.participantId),
    );
    await enqueueMails(
      tx,
      due.flatMap((plan) => followUpDueMails(parties.get(plan.participantId)!, plan.followUpDate)),
    );
    await tx.$executeRaw`update "Plan" set "followUpMailedFor" = "followUpDate" where id = any(${due.map((plan) => plan.id)}::uuid[])`;
    return due.length;
  });
}
