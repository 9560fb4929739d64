import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { accessReportResponse } from "@/lib/domain/audit/access-report-response";

export const GET = defineRoute<{ id: string }>(({ actor, params }) =>
  z.uuid().safeParse(params.id).success ? accessReportResponse(actor, params.id) : Promise.resolve(Response.json({ error: "not found" }, { status: 404 })),
);
