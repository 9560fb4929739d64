import { defineRoute } from "@/lib/auth/route";
import { accessReportResponse } from "@/lib/domain/audit/access-report-response";

export const GET = defineRoute<{ id: string }>(({ actor, params }) =>
  /^[0-9a-f-]{36}$/.test(params.id) ? accessReportResponse(actor, params.id) : Promise.resolve(Response.json({ error: "not found" }, { status: 404 })),
);
