import "server-only";
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { sealAuditLog } from "@/lib/audit/seal";
import { removeExpiredSignInData } from "@/lib/auth/link-requests";
import { sendFollowUpMails } from "@/lib/domain/plans/jobs/follow-up-mail";
import { runDueRetention } from "@/lib/domain/retention/run";
import { sendDueReminders } from "@/lib/domain/sheets/reminders";
import { sealClosedSurveys, sendUpwardReminders } from "@/lib/domain/upward/mutations";
import { sendJointActionReminders } from "@/lib/domain/wrap-up/reminders";
import { env } from "@/lib/env";
import { deliverQueuedMail } from "@/lib/mail/outbox";
import { recordJobRun } from "@/lib/observability/metrics";
import { jsonLog } from "@/lib/observability/json-log";

// The server's background work: reminders (the sheets' and the upward questionnaires'), follow-up
// e-mails and joint-action reminders that have come due, then queued mail, then expired sign-in links and old link requests, then (once a day per
// municipality) the personal data past its retention period, then the audit log's settled rows
// sealed into its hash chain. Started once per server process, by its entry point
// (lib/server/main.ts). Every instance runs it; the claims in the jobs make each reminder and each mail happen once
// however many instances there are, and only one instance seals at a time.

const state = globalThis as unknown as { jobLoop?: ReturnType<typeof setInterval> };

/** Runs one job, counted for /api/metrics and, with LOG_FORMAT=json, logged as one line (its name, outcome and time; never what it handled). */
async function timed(runId: string, job: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  let outcome: "ok" | "error" = "error";
  try {
    await work();
    outcome = "ok";
  } finally {
    const seconds = (performance.now() - started) / 1000;
    recordJobRun(job, outcome, seconds);
    if (env().LOG_FORMAT === "json")
      jsonLog({
        time: new Date().toISOString(),
        kind: "job",
        requestId: runId,
        job,
        outcome,
        durationMs: Math.round(seconds * 10_000) / 10,
      });
  }
}

export async function runJobsOnce(database: Database, now = new Date()): Promise<void> {
  const runId = randomUUID();
  await timed(runId, "reminders", () => sendDueReminders(database, now, env().REMINDER_DAYS_BEFORE));
  await timed(runId, "upward-reminders", () => sendUpwardReminders(database, now, env().REMINDER_DAYS_BEFORE));
  await timed(runId, "upward-seal", () => sealClosedSurveys(database, now));
  await timed(runId, "follow-up-mail", () => sendFollowUpMails(database, now));
  await timed(runId, "joint-action-reminders", () => sendJointActionReminders(database, now, env().JOINT_ACTION_REMINDER_DAYS));
  await timed(runId, "mail", () => deliverQueuedMail(database));
  await timed(runId, "sign-in-cleanup", () => removeExpiredSignInData(database, now));
  await timed(runId, "retention", () => runDueRetention(database, now));
  await timed(runId, "audit-seal", () => sealAuditLog(database));
}

export function startJobLoop(database: Database): void {
  const seconds = env().JOBS_INTERVAL_SECONDS;
  if (state.jobLoop || seconds === 0 || process.env.NEXT_PHASE === "phase-production-build") return;
  state.jobLoop = setInterval(() => {
    runJobsOnce(database).catch((error) => console.error(`[jobs] ${String(error)}`));
  }, seconds * 1000);
  state.jobLoop.unref();
}
