import "server-only";
import { sqlOn, withSqlTransaction, type Database } from "@/lib/db-client";
import { holdsLock } from "./holds";
import { defaultMonths, effectivePolicy, monthsBefore, type RetentionKind } from "./kinds";
import { lines } from "./lines";

// The retention job for one municipality. It claims the municipality's lease first (one UPDATE:
// two instances, or the daily run and an administrator, never run it at once; the claim of an
// instance that died runs out), then works through the lines in small batches, each its own
// transaction that also adds its count to the run's log: a run killed half-way has logged exactly
// what it deleted, and the next one goes on from there.

/** Rows per batch, or for the lines that go round by round (lines.ts), rounds per batch. */
export const batchSize = 500;
const leaseMinutes = 15;

export type DueCount = { kind: RetentionKind; months: number; cutoff: Date; count: number };

/**
 * The periods the job applies for a municipality. The audit log is the installation's, not one
 * municipality's (its rows name no municipality), so its rows go by the longest period any
 * municipality in the database has set: no municipality's audit rows go before its own period.
 */
async function policyOf(database: Database, municipalityId: string) {
  const rules = await database.retentionRule.findMany({
    where: { municipalityId },
    select: { kind: true, months: true, minimumMonths: true },
  });
  const [{ months: auditMonths }] = await sqlOn(database)<{ months: number }>(
    `select coalesce(max(coalesce(rule.months, $1)), $1)::int as months
     from "Municipality" m left join "RetentionRule" rule on rule."municipalityId" = m.id and rule.kind = 'AUDIT_EVENTS'`,
    [defaultMonths.AUDIT_EVENTS],
  );
  return effectivePolicy(rules).map((line) => (line.kind === "AUDIT_EVENTS" ? { ...line, months: auditMonths } : line));
}

/** What the next run would delete, per line, deleting nothing. */
export async function dueForDeletion(database: Database, municipalityId: string, now = new Date()): Promise<DueCount[]> {
  const sql = sqlOn(database);
  const policy = await policyOf(database, municipalityId);
  const counts: DueCount[] = [];
  for (const { kind, months } of policy) {
    const cutoff = monthsBefore(now, months);
    counts.push({ kind, months, cutoff, count: await lines[kind].count(sql, municipalityId, cutoff) });
  }
  return counts;
}

/** Takes the municipality's lease, or null when another run holds it. */
async function claim(database: Database, municipalityId: string, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + leaseMinutes * 60_000);
  await sqlOn(database)(`insert into "RetentionLease" ("municipalityId") values ($1::uuid) on conflict do nothing`, [municipalityId]);
  const { count } = await database.retentionLease.updateMany({
    where: { municipalityId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseUntil: until },
  });
  return count === 1;
}

export type RunOptions = {
  now?: Date;
  trigger: "schedule" | "manual";
  actorId?: string;
  /** Rows per transaction (tests make it small). */
  batchSize?: number;
  /** For tests: called after each batch; throwing stops the run as a killed process would. */
  afterBatch?: (kind: RetentionKind, deleted: number) => void | Promise<void>;
};

export type RunOutcome = { status: "busy" } | { status: "done"; runId: string; counts: DueCount[] };

export async function runRetention(database: Database, municipalityId: string, options: RunOptions): Promise<RunOutcome> {
  const now = options.now ?? new Date();
  if (!(await claim(database, municipalityId, now))) return { status: "busy" };
  const run = await database.deletionRun.create({
    data: { municipalityId, trigger: options.trigger, actorId: options.actorId ?? null, startedAt: now },
  });
  const counts: DueCount[] = [];
  try {
    for (const { kind, months } of await policyOf(database, municipalityId)) {
      const cutoff = monthsBefore(now, months);
      let total = 0;
      for (;;) {
        const batch = await withSqlTransaction(database, async (sql) => {
          // Shared with other batches, exclusive with placing a hold: a hold placed now waits for
          // this batch, and the next batch (a new snapshot) sees it.
          await sql(`select pg_advisory_xact_lock_shared(${holdsLock})`, [municipalityId]);
          const outcome = await lines[kind].deleteBatch(sql, municipalityId, cutoff, options.batchSize ?? batchSize);
          if (outcome.deleted > 0)
            await sql(
              `insert into "DeletionCount" ("runId", kind, months, cutoff, count) values ($1::uuid, $2::"RetentionKind", $3, $4, $5)
               on conflict ("runId", kind) do update set count = "DeletionCount".count + excluded.count`,
              [run.id, kind, months, cutoff, outcome.deleted],
            );
          return outcome;
        });
        total += batch.deleted;
        await options.afterBatch?.(kind, batch.deleted);
        if (batch.done) break;
      }
      counts.push({ kind, months, cutoff, count: total });
    }
    await database.deletionRun.update({ where: { id: run.id }, data: { finishedAt: new Date() } });
    await database.retentionLease.update({ where: { municipalityId }, data: { leaseUntil: null, lastFinishedAt: now } });
  } catch (error) {
    // The lease is let go so the next run need not wait it out; what was deleted is logged.
    await database.retentionLease.update({ where: { municipalityId }, data: { leaseUntil: null } }).catch(() => undefined);
    throw error;
  }
  return { status: "done", runId: run.id, counts };
}

/** The job loop's part: each municipality whose last finished run is a day old or more. */
export async function runDueRetention(database: Database, now = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
  const due = await database.municipality.findMany({
    where: { OR: [{ retentionLease: null }, { retentionLease: { OR: [{ lastFinishedAt: null }, { lastFinishedAt: { lt: dayAgo } }] } }] },
    select: { id: true },
  });
  for (const { id } of due) await runRetention(database, id, { now, trigger: "schedule" });
}
