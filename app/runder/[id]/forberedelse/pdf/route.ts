import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { ownSheetPdf } from "@/lib/domain/sheets/downloads";
import { downloadResponse } from "@/lib/http/download";

// One's own preparation sheet as a PDF (lib/domain/sheets/downloads.ts).
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  return downloadResponse(await ownSheetPdf(actor, params.id));
});
