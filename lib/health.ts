import { findCode } from "./database-errors";
import type { Database } from "./db-client";

export type HealthReport =
  | { status: 200; body: { status: "ok"; database: "ok" } }
  | { status: 503; body: { status: "error"; database: "unavailable"; reason: string } };

const timeoutMs = 3_000;

/**
 * Asks the database one trivial query. The reason given on failure is deliberately coarse:
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
    return { status: 200, body: { status: "ok", database: "ok" } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[health] database check failed: ${findCode(error) ?? message.split("\n")[0]}`);
    const reason = message === "timeout" ? "the database did not answer within 3 seconds" : "the database did not answer the query";
    return { status: 503, body: { status: "error", database: "unavailable", reason } };
  } finally {
    clearTimeout(timer);
  }
}
