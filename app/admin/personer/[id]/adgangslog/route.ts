import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { accessReportDownload } from "@/lib/domain/audit/access-report-download";
import { downloadResponse } from "@/lib/http/download";

// A person's access report for the administrator (an access request under GDPR art. 15), as CSV.
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  return downloadResponse(await accessReportDownload(actor, params.id));
});
