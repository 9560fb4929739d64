import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { processingRecordDownload } from "@/lib/domain/privacy/record-download";
import { downloadResponse } from "@/lib/http/download";

// The app's part of the record of processing (GDPR art. 30) as an HTML file, for the administrator.
export const GET = defineRoute(async ({ actor }) => downloadResponse(await processingRecordDownload(db(), actor)));
