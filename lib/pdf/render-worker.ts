import { parentPort } from "node:worker_threads";
import { renderPlanPdf, type PlanPdfData } from "./plan";

// The PDF renderer's own thread (see render-off-thread.ts): one plan at a time, in order.

export type RenderRequest = { id: number; data: PlanPdfData };
export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread only");
port.on("message", ({ id, data }: RenderRequest) => {
  renderPlanPdf(data).then(
    (bytes) => port.postMessage({ id, bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
  );
});
