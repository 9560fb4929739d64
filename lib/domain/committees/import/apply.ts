import "server-only";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { planCommitteeImport } from "./plan";
import { loadCommitteeBaseline } from "./preview";
import type { FileCommittee } from "./read-rows";

export type CommitteeImportOutcome = { status: "applied"; created: number; updated: number } | { status: "stale" };

// One committee import at a time: a second waits for the first to commit, then finds it stale.
const committeeImportLock = 4_717_002;

/**
 * Applies the file all-or-nothing, in one transaction: the plan is made again inside it and must
 * match the one the administrator approved (by fingerprint), otherwise nothing is written. Each
 * committee named in the file gets exactly the file's units and members; others stay as they are.
 * Audited per committee as the form's save is (ids only), and once for the import as a whole.
 */
export async function applyCommitteeImport(
  database: Database,
  input: { committees: FileCommittee[]; fingerprint: string; municipalityId: string; actorId: string },
): Promise<CommitteeImportOutcome> {
  return database.$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(${committeeImportLock})`;
    const baseline = await loadCommitteeBaseline(tx, input.municipalityId, input.committees);
    const { plan } = planCommitteeImport(input.committees, baseline);
    if (!plan || plan.fingerprint !== input.fingerprint) return { status: "stale" } as const;

    const changed = plan.committees.filter((committee) => committee.change !== "unchanged");
    const saved: { id: string; unitIds: string[]; memberIds: string[] }[] = [];
    for (const committee of changed) {
      let id = committee.id;
      if (id) {
        // Gone since the plan was made (deleted in the form): nothing of this import is written.
        const { count } = await tx.medCommittee.updateMany({
          where: { id, municipalityId: input.municipalityId },
          data: { name: committee.name },
        });
        if (count === 0) return { status: "stale" } as const;
        await tx.medCommitteeUnit.deleteMany({ where: { committeeId: id } });
        await tx.medCommitteeMember.deleteMany({ where: { committeeId: id } });
      } else {
        id = (await tx.medCommittee.create({ data: { municipalityId: input.municipalityId, name: committee.name }, select: { id: true } }))
          .id;
      }
      const committeeId = id;
      await tx.medCommitteeUnit.createMany({ data: committee.unitIds.map((unitId) => ({ committeeId, unitId })) });
      await tx.medCommitteeMember.createMany({ data: committee.memberIds.map((personId) => ({ committeeId, personId })) });
      saved.push({ id: committeeId, unitIds: committee.unitIds, memberIds: committee.memberIds });
    }
    await recordAudits(
      tx,
      saved.map((committee) => ({
        actorId: input.actorId,
        action: "medCommittee.save" as const,
        resourceKind: "medCommittee",
        resourceId: committee.id,
        purpose: "import",
        details: { unitIds: committee.unitIds, memberIds: committee.memberIds, import: true },
      })),
    );
    const created = changed.filter((committee) => committee.change === "create").length;
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "medCommittee.import",
      resourceKind: "medCommittee",
      purpose: "import",
      details: { created, updated: changed.length - created, committees: saved.map((committee) => committee.id) },
    });
    return { status: "applied", created, updated: changed.length - created } as const;
  });
}
