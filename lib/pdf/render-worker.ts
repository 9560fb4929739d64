import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { renderPlanPdf, type PlanPdfData } from "./plan";
import { warmUpPlan, warmUpRenders } from "./warm-up";

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
let waiting = 0;
port.on("message", ({ id, data }: RenderRequest) => {
  waiting += 1;
  renderPlanPdf(data)
    .finally(() => (waiting -= 1))
    .then(
      (bytes) => port.postMessage({ id, bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer]),
      (error: unknown) =>
        port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
    );
});

/** Warm-up renders (see warm-up.ts), each only while no real render waits; a failure only ends the warm-up. */
async function warmUp(): Promise<void> {
  for (let done = 0; done < warmUpRenders; done += 1) {
    await new Promise((resolve) => setImmediate(resolve)); // a request that arrived is taken first
    if (waiting > 0) {
      done -= 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    await renderPlanPdf(warmUpPlan);
  }
}
void warmUp().catch(() => undefined);
