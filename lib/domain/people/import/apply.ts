import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudits, type AuditEntry } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { loadImportBaseline } from "../data";
import { planImport, type ImportPlan } from "./plan";
import type { ImportRow } from "./read-rows";

export type ImportOutcome =
  | { status: "applied"; created: number; updated: number; deactivated: number }
  | { status: "stale" };

// One import at a time per database: a second one waits for the first to commit.
const importLock = 4_717_001;

/**
 * Applies the file all-or-nothing. The plan is computed again inside the transaction and must
 * match the one the administrator approved (by fingerprint); if anything changed meanwhile,
 * nothing is written and the administrator is asked to look at the preview again.
 */
export async function applyImport(
  database: Database,
  input: { rows: ImportRow[]; fingerprint: string; municipalityId: string; actorId: string },
): Promise<ImportOutcome> {
  return database.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${importLock})`;
      const baseline = await loadImportBaseline(tx, input.municipalityId);
      const { plan } = planImport(input.rows, baseline, input.actorId);
      if (!plan || plan.fingerprint !== input.fingerprint) return { status: "stale" } as const;

      const ids = new Map(baseline.people.map((person) => [person.email, person.id]));
      for (const person of plan.create) ids.set(person.email, randomUUID());
      const managerId = (email: string | null) => (email ? ids.get(email)! : null);

      if (plan.create.length > 0) {
        // Managers may be created in the same statement; Postgres checks the foreign key at its end.
        await tx.person.createMany({
          data: plan.create.map((person) => ({
            id: ids.get(person.email)!,
            municipalityId: input.municipalityId,
            email: person.email,
            name: person.name,
            jobTitle: person.jobTitle,
            unitId: person.unitId,
            managerId: managerId(person.managerEmail),
          })),
        });
      }
      if (plan.update.length > 0) await updatePeople(tx, plan, managerId);
      await replaceRoles(tx, plan, ids);
      if (plan.deactivate.length > 0) {
        const deactivatedIds = plan.deactivate.map((person) => person.id);
        await tx.person.updateMany({ where: { id: { in: deactivatedIds } }, data: { active: false, deactivatedAt: new Date() } });
        await tx.authSession.updateMany({ where: { personId: { in: deactivatedIds }, endedAt: null }, data: { endedAt: new Date(), endReason: "deactivated" } });
      }
      await recordAudits(tx, auditEntries(plan, ids, input.actorId));
      return { status: "applied", created: plan.create.length, updated: plan.update.length, deactivated: plan.deactivate.length } as const;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** All changed people in one statement, whatever their number. */
async function updatePeople(tx: Tx, plan: ImportPlan, managerId: (email: string | null) => string | null) {
  const rows = plan.update;
  await tx.$executeRaw`
    update "Person" as p set
      name = v.name, "jobTitle" = v.job_title, "unitId" = v.unit_id, "managerId" = v.manager_id,
      active = true, "deactivatedAt" = null, "updatedAt" = now()
    from unnest(
      ${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.name)}::text[], ${rows.map((row) => row.jobTitle)}::text[],
      ${rows.map((row) => row.unitId)}::uuid[], ${rows.map((row) => managerId(row.managerEmail))}::uuid[]
    ) as v(id, name, job_title, unit_id, manager_id)
    where p.id = v.id`;
}

async function replaceRoles(tx: Tx, plan: ImportPlan, ids: Map<string, string>) {
  const touched = [...plan.create, ...plan.update.filter((person) => person.changed.includes("roles"))];
  if (touched.length === 0) return;
  const personIds = touched.map((person) => ids.get(person.email)!);
  await tx.roleAssignment.deleteMany({ where: { personId: { in: personIds } } });
  const assignments = touched.flatMap((person) => person.roles.map((role) => ({ personId: ids.get(person.email)!, role })));
  if (assignments.length > 0) await tx.roleAssignment.createMany({ data: assignments });
}

function auditEntries(plan: ImportPlan, ids: Map<string, string>, actorId: string): AuditEntry[] {
  const entry = (action: AuditEntry["action"], id: string, details?: AuditEntry["details"]): AuditEntry => ({
    actorId, action, resourceKind: "person", resourceId: id, subjectId: id, details,
  });
  return [
    { actorId, action: "people.import", resourceKind: "import", details: { created: plan.create.length, updated: plan.update.length, deactivated: plan.deactivate.length, unchanged: plan.unchanged } },
    ...plan.create.map((person) => entry("person.create", ids.get(person.email)!, { source: "import" })),
    ...plan.update.map((person) => entry("person.update", person.id, { source: "import", changed: person.changed })),
    ...plan.deactivate.map((person) => entry("person.deactivate", person.id, { source: "import" })),
  ];
}
