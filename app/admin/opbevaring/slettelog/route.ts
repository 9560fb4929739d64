import { defineRoute } from "@/lib/auth/route";
import { deletionLogDownload } from "@/lib/domain/retention/log-download";
import { downloadResponse } from "@/lib/http/download";

// The municipality's deletion log as CSV, for the administrator (and the DPO they send it to).
export const GET = defineRoute(async ({ actor }) => downloadResponse(await deletionLogDownload(actor)));
