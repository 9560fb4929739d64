import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { sqlIn, type Database, type Sql } from "@/lib/db-client";
import { tellAboutStrandedRounds } from "@/lib/domain/rounds/handover/stranded";
import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";
import { followLeaderChanges } from "@/lib/domain/rounds/manager-change/mutations";
import { leaderChangesOfImport } from "@/lib/domain/rounds/manager-change/from-import";
import { loadImportBaseline } from "../data";
import { applyEmploymentFacts } from "./apply-facts";
import { planImport, type ImportPlan, type TargetPerson } from "./plan";
import type { ImportRow } from "./read-rows";

// managerChange: what a change of leader did to open rounds (lib/domain/rounds/manager-change/), when it did anything.
export type ImportOutcome =
  { status: "applied"; created: number; updated: number; deactivated: number; managerChange?: string[] } | { status: "stale" };

// One import at a time per database: a second one waits for the first to commit.
const importLock = 4_717_001;

// Rows per statement. Each batch is one round trip to Postgres with its values as arrays
// (unnest), so the server's thread builds a small batch, then waits for the database while
// others are answered; a municipality of 40,000 is some sixty statements, never one per person.
const batchSize = 2_000;

// The columns hold UTC, as Prisma writes them, whatever the session's TimeZone. (An audit row's
// `at` is the database's own, stamped as each row goes in.)
const utcNow = `(now() at time zone 'UTC')`;

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += batchSize) yield items.slice(start, start + batchSize);
}

/**
 * Applies the file all-or-nothing, in one transaction. The plan is computed again inside it and
 * must match the one the administrator approved (by fingerprint); if anything changed meanwhile,
 * nothing is written and the administrator is asked to look at the preview again.
 */
export async function applyImport(
  database: Database,
  input: { rows: ImportRow[]; fingerprint: string; municipalityId: string; actorId: string },
): Promise<ImportOutcome> {
  return database.$transaction(
    async (tx) => {
      const sql = sqlIn(tx);
      const pause = timeSlicer();
      await tx.$executeRaw`select pg_advisory_xact_lock(${importLock})`;
      const baseline = await loadImportBaseline(
        sql,
        input.municipalityId,
        input.rows.map((row) => row.email),
      );
      const { plan } = await planImport(input.rows, baseline, input.actorId, pause);
      if (!plan || plan.fingerprint !== input.fingerprint) return { status: "stale" } as const;

      const ids = new Map(plan.idOfKey);
      for (const person of plan.create) ids.set(person.key, randomUUID());
      const managerId = (key: string | null) => (key ? ids.get(key)! : null);

      // Addresses that move are let go of first: one person's old address may be another's new one
      // (unique per row, checked as each row is written), and a new person may take it.
      const moving = plan.update.filter((person) => person.changed.includes("email")).map((person) => person.id);
      for (const batch of batches(moving)) await sql(`update "Person" set email = null where id = any($1::uuid[])`, [batch]);

      for (const batch of batches(await managersFirst(plan.create, pause))) {
        // A manager is created in an earlier batch than their people, or in the same statement
        // (Postgres checks the foreign key at the statement's end).
        await sql(
          `insert into "Person" (id, "municipalityId", email, "employeeNumber", name, "jobTitle", "unitId", "managerId", "createdAt", "updatedAt")
           select v.id, $1::uuid, v.email, v.employee_number, v.name, v.job_title, v.unit_id, v.manager_id, ${utcNow}, ${utcNow}
           from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[])
             as v(id, email, employee_number, name, job_title, unit_id, manager_id)`,
          [
            input.municipalityId,
            batch.map((p) => ids.get(p.key)!),
            batch.map((p) => p.email),
            batch.map((p) => p.employeeNumber),
            batch.map((p) => p.name),
            batch.map((p) => p.jobTitle),
            batch.map((p) => p.unitId),
            batch.map((p) => managerId(p.managerKey)),
          ],
        );
        await pause();
      }
      for (const batch of batches(plan.update)) {
        await sql(
          `update "Person" as p set
             email = v.email, "employeeNumber" = v.employee_number,
             name = v.name, "jobTitle" = v.job_title, "unitId" = v.unit_id, "managerId" = v.manager_id,
             active = true, "deactivatedAt" = null, "updatedAt" = ${utcNow}
           from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[])
             as v(id, email, employee_number, name, job_title, unit_id, manager_id)
           where p.id = v.id`,
          [
            batch.map((p) => p.id),
            batch.map((p) => p.email),
            batch.map((p) => p.employeeNumber),
            batch.map((p) => p.name),
            batch.map((p) => p.jobTitle),
            batch.map((p) => p.unitId),
            batch.map((p) => managerId(p.managerKey)),
          ],
        );
        await pause();
      }
      await replaceRoles(sql, plan, ids);
      await applyEmploymentFacts(sql, plan, ids, pause);
      // New leaders mid-round: each open round follows the municipality's rule, after the people's
      // rows were updated (lib/domain/rounds/manager-change/mutations.ts says why that order).
      const managerChange = await followLeaderChanges(tx, {
        municipalityId: input.municipalityId,
        actorId: input.actorId,
        changes: await leaderChangesOfImport(tx, plan, ids),
      });
      for (const batch of batches(plan.deactivate.map((person) => person.id))) {
        await sql(`update "Person" set active = false, "deactivatedAt" = ${utcNow}, "updatedAt" = ${utcNow} where id = any($1::uuid[])`, [
          batch,
        ]);
        await sql(
          `update "AuthSession" set "endedAt" = ${utcNow}, "endReason" = 'deactivated' where "personId" = any($1::uuid[]) and "endedAt" is null`,
          [batch],
        );
      }
      // Leaders leaving with rounds open: the leader above each is told (rounds/handover/stranded.ts).
      await tellAboutStrandedRounds(
        tx,
        plan.deactivate.map((person) => person.id),
      );
      await recordAuditTrail(tx, sql, plan, ids, input.actorId);
      const counts = { created: plan.create.length, updated: plan.update.length, deactivated: plan.deactivate.length };
      return { status: "applied", ...counts, ...(managerChange.length > 0 ? { managerChange } : {}) } as const;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** New people ordered so that a new manager comes before the new people reporting to them. */
async function managersFirst(create: TargetPerson[], pause: Pause): Promise<TargetPerson[]> {
  const byKey = new Map(create.map((person) => [person.key, person]));
  const depth = new Map<string, number>();
  const levels: TargetPerson[][] = [];
  for (const start of create) {
    await pause();
    // The file's manager chains were checked for loops, so this walk ends.
    const chain: TargetPerson[] = [];
    let current: TargetPerson | undefined = start;
    while (current && !depth.has(current.key)) {
      chain.push(current);
      current = current.managerKey ? byKey.get(current.managerKey) : undefined;
    }
    let level = current ? depth.get(current.key)! + 1 : 0;
    for (const person of chain.reverse()) {
      depth.set(person.key, level);
      (levels[level] ??= []).push(person);
      level += 1;
    }
  }
  return levels.flat();
}

async function replaceRoles(sql: Sql, plan: ImportPlan, ids: Map<string, string>) {
  const touched = [...plan.create, ...plan.update.filter((person) => person.changed.includes("roles"))];
  for (const batch of batches(touched)) {
    const personIds = batch.map((person) => ids.get(person.key)!);
    await sql(`delete from "RoleAssignment" where "personId" = any($1::uuid[])`, [personIds]);
    const assignments = batch.flatMap((person) => person.roles.map((role) => ({ personId: ids.get(person.key)!, role })));
    if (assignments.length === 0) continue;
    await sql(
      `insert into "RoleAssignment" (id, "personId", role) select gen_random_uuid(), v.person_id, v.role::"Role" from unnest($1::uuid[], $2::text[]) as v(person_id, role)`,
      [assignments.map((assignment) => assignment.personId), assignments.map((assignment) => assignment.role)],
    );
  }
}

/** The import's own entry, then one per person created, changed or deactivated, in that order. */
async function recordAuditTrail(
  tx: Parameters<typeof recordAudit>[0],
  sql: Sql,
  plan: ImportPlan,
  ids: Map<string, string>,
  actorId: string,
) {
  await recordAudit(tx, {
    actorId,
    action: "people.import",
    resourceKind: "import",
    details: { created: plan.create.length, updated: plan.update.length, deactivated: plan.deactivate.length, unchanged: plan.unchanged },
  });
  const entries = [
    ...plan.create.map((person) => ({ action: "person.create", id: ids.get(person.key)!, details: { source: "import" } })),
    ...plan.update.map((person) => ({ action: "person.update", id: person.id, details: { source: "import", changed: person.changed } })),
    ...plan.deactivate.map((person) => ({ action: "person.deactivate", id: person.id, details: { source: "import" } })),
  ];
  for (const batch of batches(entries)) {
    await sql(
      // No `at`: the database stamps each row as it goes in (the app's role may not set it).
      `insert into "AuditEvent" ("actorId", action, "resourceKind", "resourceId", "subjectId", details)
       select $1::uuid, v.action, 'person', v.id, v.id::uuid, v.details::jsonb from unnest($2::text[], $3::text[], $4::text[]) as v(action, id, details)`,
      [actorId, batch.map((entry) => entry.action), batch.map((entry) => entry.id), batch.map((entry) => JSON.stringify(entry.details))],
    );
  }
}
