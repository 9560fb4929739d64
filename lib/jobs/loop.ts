import "server-only";
import type { Database } from "@/lib/db-client";
import { sealAuditLog } from "@/lib/audit/seal";
import { removeExpiredSignInData } from "@/lib/auth/link-requests";
import { sendFollowUpMails } from "@/lib/domain/plans/follow-up-mail";
import { sendDueReminders } from "@/lib/domain/sheets/reminders";
import { sendJointActionReminders } from "@/lib/domain/wrap-up/reminders";
import { env } from "@/lib/env";
import { deliverQueuedMail } from "@/lib/mail/outbox";

// The server's background work: reminders, follow-up e-mails and joint-action reminders that have
// come due, then queued mail, then expired sign-in links and old link requests, then the audit log's
// settled rows sealed into its hash chain. Started once per server process, with the first database
// use. Every instance runs it; the claims in the jobs make each reminder and each mail happen once
// however many instances there are, and only one instance seals at a time.

const state = globalThis as unknown as { jobLoop?: ReturnType<typeof setInterval> };

export async function runJobsOnce(database: Database, now = new Date()): Promise<void> {
  await sendDueReminders(database, now, env().REMINDER_DAYS_BEFORE);
  await sendFollowUpMails(database, now);
  await sendJointActionReminders(database, now, env().JOINT_ACTION_REMINDER_DAYS);
  await deliverQueuedMail(database);
  await removeExpiredSignInData(database, now);
  await sealAuditLog(database);
}

export function startJobLoop(database: Database): void {
  const seconds = env().JOBS_INTERVAL_SECONDS;
  if (state.jobLoop || seconds === 0 || process.env.NEXT_PHASE === "phase-production-build") return;
  state.jobLoop = setInterval(() => {
    runJobsOnce(database).catch((error) => console.error(`[jobs] ${String(error)}`));
  }, seconds * 1000);
  state.jobLoop.unref();
}
