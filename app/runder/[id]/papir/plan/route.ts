import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { blankPlanPdf } from "@/lib/domain/rounds/paper-forms";
import { downloadResponse } from "@/lib/http/download";

// A blank competence development plan to print, with lines for both signatures (lib/domain/rounds/paper-forms.ts).
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  return downloadResponse(await blankPlanPdf(db(), actor, params.id));
});
