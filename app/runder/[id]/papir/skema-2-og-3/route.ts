import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { tableQuestionsPdf } from "@/lib/domain/rounds/paper-forms";
import { downloadResponse } from "@/lib/http/download";

// Skema 2 and 3 to lay on the table in the conversation (lib/domain/rounds/paper-forms.ts).
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  return downloadResponse(await tableQuestionsPdf(db(), actor, params.id));
});
