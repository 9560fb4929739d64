import { db } from "@/lib/db";
import { checkHealth } from "@/lib/health";

// Public on purpose: load balancers and monitoring call it without a session. It reveals up/down and
// how far the audit seals lag (an age in seconds), nothing else.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth(db);
  return Response.json(report.body, { status: report.status, headers: { "Cache-Control": "no-store" } });
}
