import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { renderPlanPdf, type PlanPdfData } from "./plan";

// The PDF renderer's own thread (see render-off-thread.ts): one plan at a time, in order.

export type RenderRequest = { id: number; data: PlanPdfData };
export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

/**
 * Renders give way to requests: on Linux a thread has a priority of its own, and this one takes
 * the lowest, so on a busy machine the server's own thread and Postgres get the CPU first and a
 * ZIP of hundreds of plans slows down instead of everyone else. (Elsewhere it stays as it is.)
 */
function yieldToRequests(): void {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId)) setPriority(threadId, 19);
  } catch {
    // no /proc/thread-self (not Linux), or not allowed: render at the normal priority
  }
}

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread only");
yieldToRequests();
port.on("message", ({ id, data }: RenderRequest) => {
  renderPlanPdf(data).then(
    (bytes) => port.postMessage({ id, bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
  );
});
