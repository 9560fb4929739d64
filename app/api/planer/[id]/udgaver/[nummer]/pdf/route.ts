import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { planVersionForDownload } from "@/lib/domain/plans/filing";
import { planPdfBytes } from "@/lib/domain/plans/stored-pdf";
import { pdfResponse } from "@/lib/pdf/response";

// One version of a plan as the PDF for the personnel folder: its two parties, and HR once signed.
// A signed version's PDF is rendered once and then read back (stored-pdf.ts); a render runs on the
// PDF worker thread, so the server keeps answering others meanwhile.
export const GET = defineRoute<{ id: string; nummer: string }>(async ({ actor, params }) => {
  const number = z.coerce.number().int().min(1).max(10_000).safeParse(params.nummer);
  if (!z.uuid().safeParse(params.id).success || !number.success) throw new AccessDenied();
  const { versionId, data, fileName } = await planVersionForDownload(db(), actor, params.id, number.data);
  return pdfResponse(await planPdfBytes(db(), versionId, data), fileName);
});
