import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { planPdfBytes, storedPlanPdfs } from "@/lib/domain/plans/pdf/stored";
import { filedByNames, findVersions, planFileName, resourceOf, toPlanPdfData } from "@/lib/domain/plans/versions/data";
import { StoredDocumentError } from "@/lib/stored/versioned";

// The versions that go into files: one for download (its two parties any version, HR signed ones),
// many for HR's export, and a signed one rendered ahead of its first download. Every download and
// every export is recorded in the audit log.

/** One version's PDF data for download: the parties any version, HR signed ones. Recorded. */
export async function planVersionForDownload(database: Database, actor: Actor, planId: string, number: number) {
  const [row] = await findVersions(database, { planId, number });
  if (!row) throw new AccessDenied();
  authorize(actor, "export", resourceOf(row));
  const isParty = actor.id === resourceOf(row).employeeId || actor.id === resourceOf(row).leaderId;
  // The file's data first: a version that fits no stored shape is refused here (StoredDocumentError),
  // before anything records it as downloaded.
  const names = await filedByNames(database, [row]);
  const data = toPlanPdfData(row, row.filedById ? (names.get(row.filedById) ?? null) : null);
  await recordAudit(database, {
    actorId: actor.id,
    action: "plan.download",
    resourceKind: "planVersion",
    resourceId: row.id,
    subjectId: resourceOf(row).employeeId,
    purpose: isParty ? "conversation" : "filing",
  });
  return { versionId: row.id, data, fileName: planFileName(row) };
}

/**
 * Many signed versions for HR's export, in batches (a thousand need not be in memory at once),
 * each with its stored PDF if there is one (read with its batch: one query, not one a plan).
 */
export async function* signedVersionsForExport(database: Database, actor: Actor, ids: string[], batchSize = 25) {
  for (let start = 0; start < ids.length; start += batchSize) {
    const rows = await findVersions(database, { ids: ids.slice(start, start + batchSize) });
    const permitted = rows.filter((row) => can(actor, "export", resourceOf(row)));
    const names = await filedByNames(database, permitted);
    // Each plan's data before anything is recorded or sent: a version that fits no stored shape is
    // left out of the ZIP (and logged), instead of ending the stream for every plan after it.
    const prepared = permitted.flatMap((row) => {
      try {
        return [{ row, data: toPlanPdfData(row, row.filedById ? (names.get(row.filedById) ?? null) : null) }];
      } catch (error) {
        if (!(error instanceof StoredDocumentError)) throw error;
        console.error(`[export] plan version ${row.id} left out of the ZIP: ${error.message}`);
        return [];
      }
    });
    const allowed = prepared.map(({ row }) => row);
    await recordAudits(
      database,
      allowed.map((row) => ({
        actorId: actor.id,
        action: "plan.export" as const,
        resourceKind: "planVersion",
        resourceId: row.id,
        subjectId: resourceOf(row).employeeId,
        purpose: "filing",
      })),
    );
    const stored = await storedPlanPdfs(
      database,
      allowed.map((row) => row.id),
    );
    for (const { row, data } of prepared) {
      yield {
        versionId: row.id,
        data,
        fileName: planFileName(row),
        stored: stored.get(row.id) ?? null,
      };
    }
  }
}

/**
 * Renders and stores a signed version's PDF ahead of its first download, once what it shows has
 * changed (signed, filed, remarked), so that the download only reads it. Nobody sees the file
 * here, so nothing is recorded; an unsigned version is left alone.
 */
export async function preparePlanPdf(
  database: Database,
  where: { planId: string; number: number } | { versionId: string },
  options?: Parameters<typeof planPdfBytes>[3],
) {
  const [row] = await findVersions(database, "versionId" in where ? { ids: [where.versionId] } : where);
  if (!row?.signedAt) return;
  const names = await filedByNames(database, [row]);
  await planPdfBytes(database, row.id, toPlanPdfData(row, row.filedById ? (names.get(row.filedById) ?? null) : null), options);
}
