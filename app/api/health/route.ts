import { db } from "@/lib/db";
import { checkHealth } from "@/lib/health";

// Public on purpose: load balancers and monitoring call it without a session. It reveals nothing but up/down.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth(db);
  return Response.json(report.body, { status: report.status, headers: { "Cache-Control": "no-store" } });
}
