import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { sqlIn, type Database } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { findVersions, resourceOf } from "@/lib/domain/plans/versions/data";

// The plan as filed: HR's marking of a signed version as filed (journaliseret), and the employee's
// remark to it. Each is recorded in the audit log. Filing is storage, so it goes on while the
// employee's processing is restricted (GDPR art. 18); the remark, a change, waits for it to be lifted.

/** HR marks a signed version as filed in the personnel folder; the parties see who and when. */
export async function markFiled(database: Database, actor: Actor, versionId: string) {
  return database.$transaction(async (tx) => {
    const [row] = await findVersions(tx, { ids: [versionId] });
    if (!row) throw new AccessDenied();
    authorize(actor, "file", resourceOf(row));
    // Conditional on "not filed yet", so a remark saved at the same moment cannot slip in after.
    const { count } = await tx.planVersion.updateMany({
      where: { id: row.id, filedAt: null },
      data: { filedAt: new Date(), filedById: actor.id },
    });
    if (count === 0) throw new FormError(da.plans.filing.alreadyFiled);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.file",
      resourceKind: "planVersion",
      resourceId: row.id,
      subjectId: resourceOf(row).employeeId,
      purpose: "filing",
    });
    return { number: row.number };
  });
}

/** The employee's remark to a signed version, until it is filed. */
export async function saveEmployeeComment(database: Database, actor: Actor, versionId: string, comment: string) {
  return database.$transaction(async (tx) => {
    const [row] = await findVersions(tx, { ids: [versionId] });
    if (!row) throw new AccessDenied();
    // The employee is told why (not signed yet); anyone else learns nothing.
    if (actor.id === resourceOf(row).employeeId && !row.signedAt) throw new FormError(da.plans.filing.commentNotSigned);
    authorize(actor, "remark", resourceOf(row));
    // Not refused while the employee's processing is restricted (GDPR art. 18): the remark is their
    // own correction of the plan (art. 16), made by them, which is what a restriction on contested
    // accuracy is waiting for. The employee's row is still locked for share, as every such write is.
    await sqlIn(tx)(`select 1 from "Person" where id = $1::uuid for share`, [resourceOf(row).employeeId]);
    const { count } = await tx.planVersion.updateMany({ where: { id: row.id, filedAt: null }, data: { employeeComment: comment } });
    if (count === 0) throw new FormError(da.plans.filing.commentFiled);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.comment",
      resourceKind: "planVersion",
      resourceId: row.id,
      subjectId: actor.id,
      purpose: "filing",
    });
    return {};
  });
}
