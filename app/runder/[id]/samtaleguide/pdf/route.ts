import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { conversationGuidePdf } from "@/lib/domain/rounds/guide-pdf";
import { downloadResponse } from "@/lib/http/download";

// The round's conversation guide on A3 (lib/domain/rounds/guide-pdf.ts); ?gruppe= picks one group's questions.
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  const group = z.uuid().safeParse(new URL(request.url).searchParams.get("gruppe")).data;
  return downloadResponse(await conversationGuidePdf(db(), actor, params.id, group));
});
