import { z } from "zod";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { signedVersionsForExport } from "@/lib/domain/plans/filing";
import { latestSignedVersions } from "@/lib/domain/plans/hr";
import { planPdfBytes } from "@/lib/domain/plans/stored-pdf";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { da } from "@/lib/i18n/da";
import { attachmentHeaders, fileSlug } from "@/lib/pdf/response";
import { zipStream } from "@/lib/pdf/zip-stream";

// HR's bulk export: the latest signed version of every plan in a round (?runde=) or a unit
// (?enhed=) as a ZIP of PDFs, streamed one PDF at a time. A plan's stored PDF is sent as it is; one
// not stored yet (or out of date) is rendered on the PDF worker thread, so that the server keeps
// answering everyone else meanwhile, and stored for the next time (stored-pdf.ts). Each plan
// exported is recorded.
export const GET = defineRoute(async ({ actor, request }) => {
  authorize(actor, "export", { kind: "personnelFiling" });
  const query = new URL(request.url).searchParams;
  const roundId = z.uuid().optional().safeParse(query.get("runde") ?? undefined);
  const unitId = z.uuid().optional().safeParse(query.get("enhed") ?? undefined);
  if (!roundId.success || !unitId.success || (!roundId.data && !unitId.data)) throw new AccessDenied();
  const versions = await latestSignedVersions(db(), await requireMunicipalityId(), { roundId: roundId.data, unitId: unitId.data });
  async function* entries() {
    for await (const plan of signedVersionsForExport(db(), actor, versions.map((version) => version.versionId))) {
      yield { name: plan.fileName, bytes: () => planPdfBytes(db(), plan.versionId, plan.data, { stored: plan.stored }) };
    }
  }
  const name = da.plans.hr.zipName((unitId.data ? versions[0]?.unit : versions[0]?.round) ?? "");
  return new Response(zipStream(entries()), { headers: attachmentHeaders(fileSlug(name), "application/zip") });
});
