import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { countDeadMail, countQueuedMail } from "@/lib/mail/outbox";
import { openPlanStreamsInProcess } from "@/lib/realtime/plan-stream";
import { renderMetrics } from "./metrics";

// GET /api/metrics: off (404, as if there were no such page) unless METRICS_TOKEN is set, and then
// only for "Authorization: Bearer <METRICS_TOKEN>". The figures are this process's own, except
// the mail queue, which all instances share.

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Compares in constant time, whatever the lengths. */
function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export async function scrapeMetrics(authorization: string | null, database: Database, token = env().METRICS_TOKEN): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  if (!token) return new Response(null, { status: 404, headers });
  const given = /^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "";
  if (!sameToken(given, token))
    return new Response(null, { status: 401, headers: { ...headers, "www-authenticate": 'Bearer realm="metrics"' } });
  const body = renderMetrics({
    planStreams: openPlanStreamsInProcess(),
    queuedMail: await countQueuedMail(database),
    deadMail: await countDeadMail(database),
  });
  return new Response(body, { headers: { ...headers, "content-type": "text/plain; version=0.0.4; charset=utf-8" } });
}
