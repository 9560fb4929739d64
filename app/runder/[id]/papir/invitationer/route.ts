import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { invitationLettersPdf } from "@/lib/domain/rounds/paper-forms";
import { downloadResponse } from "@/lib/http/download";

// Invitations on paper for the participants without e-mail, or `?deltager=<id>` for one
// (lib/domain/rounds/paper-forms.ts). For the round's leader.
export const GET = defineRoute<{ id: string }>(async ({ actor, params, request }) => {
  const participant = new URL(request.url).searchParams.get("deltager") ?? undefined;
  if (!z.uuid().safeParse(params.id).success || (participant !== undefined && !z.uuid().safeParse(participant).success))
    throw new AccessDenied();
  return downloadResponse(await invitationLettersPdf(db(), actor, params.id, participant));
});
