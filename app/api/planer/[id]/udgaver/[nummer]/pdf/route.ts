import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { planVersionForDownload } from "@/lib/domain/plans/filing";
import { pdfResponse } from "@/lib/pdf/response";
import { renderPlanPdfOffThread } from "@/lib/pdf/render-off-thread";

// One version of a plan as the PDF for the personnel folder: its two parties, and HR once signed.
// Rendered on the PDF worker thread, so the server keeps answering others meanwhile.
export const GET = defineRoute<{ id: string; nummer: string }>(async ({ actor, params }) => {
  const number = z.coerce.number().int().min(1).max(10_000).safeParse(params.nummer);
  if (!z.uuid().safeParse(params.id).success || !number.success) throw new AccessDenied();
  const { data, fileName } = await planVersionForDownload(db(), actor, params.id, number.data);
  return pdfResponse(await renderPlanPdfOffThread(data), fileName);
});
