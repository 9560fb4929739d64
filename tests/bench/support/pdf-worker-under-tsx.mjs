// The PDF worker (lib/pdf/render-worker.ts) started under tsx for the benchmarks: a Node 20
// worker thread does not inherit the main thread's --import hooks, so it registers them itself
// (tsx, and "server-only" as an empty module as in lib/server/without-server-only.mjs) before loading it.
import { register } from "tsx/esm/api";
import "../../../lib/server/without-server-only.mjs";

register();
await import("../../../lib/pdf/render-worker.ts");
