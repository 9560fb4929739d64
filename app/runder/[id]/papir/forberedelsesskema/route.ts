import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { blankSheetPdf } from "@/lib/domain/rounds/paper-forms";
import { downloadResponse } from "@/lib/http/download";

// A group's blank preparation sheet to print (lib/domain/rounds/paper-forms.ts); ?gruppe= names the group.
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  const group = z.uuid().safeParse(new URL(request.url).searchParams.get("gruppe")).data;
  return downloadResponse(await blankSheetPdf(db(), actor, params.id, group));
});
