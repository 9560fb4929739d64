import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { participantSheetPdf } from "@/lib/domain/sheets/downloads";
import { downloadResponse } from "@/lib/http/download";

// A participant's shared sheet as a PDF, for the round's leader (lib/domain/sheets/downloads.ts):
// the employee's printed copy of a paper form the leader typed in.
export const GET = defineRoute<{ id: string; participantId: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success || !z.uuid().safeParse(params.participantId).success) throw new AccessDenied();
  return downloadResponse(await participantSheetPdf(actor, params.id, params.participantId));
});
