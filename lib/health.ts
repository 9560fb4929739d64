import { oldestUnsealedAgeQuery, sealingStalledAfterSeconds } from "./audit/verify";
import { findCode } from "./database-errors";
import type { Database } from "./db-client";

/** How far the audit seals lag: informative only, it never turns the check red. */
export type AuditSealing = { oldestUnsealedSeconds: number | null; stalled: boolean } | "unknown";

export type HealthReport =
  | { status: 200; body: { status: "ok"; database: "ok"; auditSealing: AuditSealing } }
  | { status: 503; body: { status: "error"; database: "unavailable"; reason: string } };

const timeoutMs = 3_000;

async function readAuditSealing(database: Database): Promise<AuditSealing> {
  const [oldest] = await database.$queryRawUnsafe<{ seconds: number }[]>(oldestUnsealedAgeQuery);
  const seconds = oldest ? Math.max(0, Math.round(oldest.seconds)) : null;
  return { oldestUnsealedSeconds: seconds, stalled: seconds !== null && seconds > sealingStalledAfterSeconds };
}

/**
 * Asks the database one trivial query, and how far the audit seals lag (a monitor can alert on
 * `auditSealing.stalled`; the status stays "ok", since the app still works). The reason given on failure is deliberately coarse:
 * the endpoint is public, so host names and credentials go to the server log, not the answer.
 */
export async function checkHealth(getDatabase: () => Database): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const database = getDatabase();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
    });
    await Promise.race([database.$queryRaw`select 1`, timeout]);
    const auditSealing = await Promise.race([readAuditSealing(database), timeout]).catch((): AuditSealing => "unknown");
    return { status: 200, body: { status: "ok", database: "ok", auditSealing } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[health] database check failed: ${findCode(error) ?? message.split("\n")[0]}`);
    const reason = message === "timeout" ? "the database did not answer within 3 seconds" : "the database did not answer the query";
    return { status: 503, body: { status: "error", database: "unavailable", reason } };
  } finally {
    clearTimeout(timer);
  }
}
