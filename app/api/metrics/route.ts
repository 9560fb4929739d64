import { db } from "@/lib/db";
import { scrapeMetrics } from "@/lib/observability/scrape";

// Prometheus scrapes this with the bearer token in METRICS_TOKEN; without that setting it is off.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return scrapeMetrics(request.headers.get("authorization"), db());
}
