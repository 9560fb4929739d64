import "server-only";
import type { Database } from "@/lib/db-client";
import { enqueueMails } from "@/lib/mail/outbox";
import { jointActionReminderMail } from "./mails";

// A week (JOINT_ACTION_REMINDER_DAYS) before an open joint action is due, the round's leader gets
// an e-mail. The actions due are claimed with FOR UPDATE SKIP LOCKED and marked in the transaction
// that queues the mail: once per due date, whatever the instances and restarts (a moved date gets
// its own reminder). Closed rounds remind nobody.

type Due = {
  id: string;
  roundId: string;
  title: string;
  what: string;
  who: string;
  dueDate: Date;
  leaderName: string;
  leaderEmail: string | null;
};

export async function sendJointActionReminders(database: Database, now: Date, daysBefore: number): Promise<number> {
  return database.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Due[]>`
      select a.id, a."roundId", r.title, a.what, a.who, a."dueDate", l.name as "leaderName", l.email as "leaderEmail"
      from "JointAction" a
      join "Round" r on r.id = a."roundId"
      join "Person" l on l.id = r."leaderId"
      where a.status = 'OPEN' and r.state <> 'CLOSED' and l.active
        and a."dueDate" <= (${now}::timestamptz at time zone 'Europe/Copenhagen')::date + ${daysBefore}::int
        and a."dueDate" >= (${now}::timestamptz at time zone 'Europe/Copenhagen')::date
        and a."remindedFor" is distinct from a."dueDate"
      order by a."dueDate" limit 100
      for update of a skip locked`;
    if (due.length === 0) return 0;
    await enqueueMails(
      tx,
      due.map((action) =>
        jointActionReminderMail({
          roundId: action.roundId,
          roundTitle: action.title,
          leader: { name: action.leaderName, email: action.leaderEmail },
          what: action.what,
          who: action.who,
          due: action.dueDate,
        }),
      ),
    );
    await tx.$executeRaw`update "JointAction" set "remindedFor" = "dueDate" where id = any(${due.map((action) => action.id)}::uuid[])`;
    return due.length;
  });
}
