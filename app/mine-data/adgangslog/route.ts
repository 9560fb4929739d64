import { defineRoute } from "@/lib/auth/route";
import { accessReportResponse } from "@/lib/domain/audit/access-report-response";

export const GET = defineRoute(({ actor }) => accessReportResponse(actor, actor.id));
