import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { personalDataDownload } from "@/lib/domain/personal-data/download";
import { downloadResponse } from "@/lib/http/download";

// Everything the app holds about a person of the administrator's municipality (an access request
// under GDPR art. 15 made through the administration), as one ZIP; the export is recorded.
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  return downloadResponse(await personalDataDownload(db(), actor, params.id));
});
