import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { planVersionPdf } from "@/lib/domain/plans/pdf/downloads";
import { downloadResponse } from "@/lib/http/download";

// One version of a plan as the PDF for the personnel folder (lib/domain/plans/pdf/downloads.ts).
export const GET = defineRoute<{ id: string; nummer: string }>(async ({ actor, params }) => {
  const number = z.coerce.number().int().min(1).max(10_000).safeParse(params.nummer);
  if (!z.uuid().safeParse(params.id).success || !number.success) throw new AccessDenied();
  return downloadResponse(await planVersionPdf(db(), actor, params.id, number.data));
});
