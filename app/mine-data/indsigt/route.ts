import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { personalDataDownload } from "@/lib/domain/personal-data/download";
import { downloadResponse } from "@/lib/http/download";

// Everything the app holds about oneself (GDPR art. 15), as one ZIP.
export const GET = defineRoute(async ({ actor }) => downloadResponse(await personalDataDownload(db(), actor, actor.id)));
