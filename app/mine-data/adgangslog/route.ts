import { defineRoute } from "@/lib/auth/route";
import { accessReportDownload } from "@/lib/domain/audit/access-report-download";
import { downloadResponse } from "@/lib/http/download";

// One's own access report (who read or changed what about one), as CSV.
export const GET = defineRoute(async ({ actor }) => downloadResponse(await accessReportDownload(actor, actor.id)));
