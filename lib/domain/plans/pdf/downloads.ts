import "server-only";
import type { Actor } from "@/lib/access/policy";
import { authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { zipStream } from "@/lib/pdf/zip-stream";
import { planVersionForDownload, signedVersionsForExport } from "@/lib/domain/plans/pdf/versions";
import { latestSignedVersions } from "@/lib/domain/plans/hr/data";
import { planPdfBytes } from "@/lib/domain/plans/pdf/stored";

// The plan's downloads (see lib/http/download.ts): one version as the PDF for the personnel
// folder, and HR's ZIP of many. A signed version's PDF is rendered once and then read back
// (stored.ts); a render runs on the PDF worker thread, so the server keeps answering others.

/** One version of a plan: its two parties, and HR once signed. Recorded. */
export async function planVersionPdf(database: Database, actor: Actor, planId: string, number: number): Promise<Download> {
  const { versionId, data, fileName } = await planVersionForDownload(database, actor, planId, number);
  return { fileName, contentType: "application/pdf", body: await planPdfBytes(database, versionId, data) };
}

/**
 * HR's bulk export: the latest signed version of every plan in a round or a unit as a ZIP of PDFs,
 * streamed one PDF at a time (a stored one sent as it is, another rendered and stored for next
 * time). Each plan exported is recorded as it goes into the ZIP.
 */
export async function signedPlansZip(
  database: Database,
  actor: Actor,
  municipalityId: string,
  where: { roundId?: string; unitId?: string },
): Promise<Download> {
  authorize(actor, "export", { kind: "personnelFiling" });
  const versions = await latestSignedVersions(database, municipalityId, where);
  async function* entries() {
    for await (const plan of signedVersionsForExport(
      database,
      actor,
      versions.map((version) => version.versionId),
    )) {
      yield { name: plan.fileName, bytes: () => planPdfBytes(database, plan.versionId, plan.data, { stored: plan.stored }) };
    }
  }
  const name = da.plans.hr.zipName((where.unitId ? versions[0]?.unit : versions[0]?.round) ?? "");
  return { fileName: name, contentType: "application/zip", body: zipStream(entries()) };
}
