import "server-only";
import { Worker } from "node:worker_threads";
import type { PlanPdfData } from "./plan";
import type { RenderReply, RenderRequest } from "./render-worker";

// Rendering one plan's PDF is ~100 ms of uninterrupted work (layout, then the field appearances),
// and HR's ZIP renders hundreds back to back. On the server's one thread that made everyone
// else's page wait a render at every step (measured: their p95 from 0.05 s to 2.6 s). The
// renders run on one worker thread instead, started on first use and kept; the server's own
// thread only passes the data and the finished bytes. If the worker fails, the waiting renders
// fail with it and the next one starts a new worker.

type Waiting = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

const state = globalThis as unknown as {
  pdfRenderWorker?: { worker: Worker; waiting: Map<number, Waiting>; nextId: number };
  startPdfWorker?: () => Worker;
};

/**
 * How the worker is started outside Next's build: under tsx (the benchmarks) a Node 20 worker
 * does not inherit the TypeScript loader and must start from a plain .mjs that loads it. A
 * function, not a path: the bundler traces a Worker whose file it cannot see into every file.
 */
export function setPdfWorkerStarter(start: () => Worker): void {
  state.startPdfWorker = start;
}

function renderWorker() {
  if (state.pdfRenderWorker) return state.pdfRenderWorker;
  const worker = state.startPdfWorker?.() ?? new Worker(new URL("./render-worker.ts", import.meta.url));
  const entry = { worker, waiting: new Map<number, Waiting>(), nextId: 0 };
  const failAll = (error: Error) => {
    if (state.pdfRenderWorker === entry) delete state.pdfRenderWorker;
    for (const waiting of entry.waiting.values()) waiting.reject(error);
    entry.waiting.clear();
  };
  worker.on("message", (reply: RenderReply) => {
    const waiting = entry.waiting.get(reply.id);
    entry.waiting.delete(reply.id);
    if (entry.waiting.size === 0) worker.unref();
    if ("error" in reply) waiting?.reject(new Error(`PDF render failed: ${reply.error}`));
    else waiting?.resolve(reply.bytes);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the PDF worker stopped (exit code ${code})`)));
  worker.unref();
  state.pdfRenderWorker = entry;
  return entry;
}

/** The plan's PDF, rendered on the PDF worker thread. */
export function renderPlanPdfOffThread(data: PlanPdfData): Promise<Uint8Array> {
  const entry = renderWorker();
  const id = entry.nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    entry.waiting.set(id, { resolve, reject });
    // Kept referenced while renders are waiting, so a render in flight is never abandoned.
    entry.worker.ref();
    entry.worker.postMessage({ id, data } satisfies RenderRequest);
  });
}
