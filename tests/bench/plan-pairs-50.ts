import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { freePort } from "../support/postgres";
import { startPlanServer } from "./support/plan-server";
import { reportPlanWorkload, runPlanWorkload } from "./support/plan-workload";

// 50 conversations at once: in each, leader and employee type into the plan at the same time, each
// from their own client, through a real app server (`next start`, the production build) and a
// real Postgres; then the same clients against a minimal server doing the same storage work
// (tests/bench/support/minimal-plan-server.ts) on the same database and plans, in the same run,
// so the ratio holds whatever else the machine is doing. Measured: propagation latency (from one
// party's keystroke to the other party having it applied, through POST, the stored transaction,
// NOTIFY and the other's SSE stream), and each server's CPU and memory. Run with
// `npm run bench:plans` (builds the app if it is not built; starts and removes its own throwaway
// Postgres). BENCH_ONLY=app or BENCH_ONLY=minimal runs one side.

const pairs = Number(process.env.BENCH_PAIRS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const keyMs = Number(process.env.BENCH_KEY_MS ?? 1000); // each party sends one "word" this often (both all the time: a busy conversation)
const only = process.env.BENCH_ONLY;
// BENCH_PROFILE=<dir>: the app server writes a V8 CPU profile there on exit (open it in Chrome DevTools).
const planServer = await startPlanServer(pairs, process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []);
const { base, url, pairs: all, server } = planServer;
const load = () => `load average ${loadavg().map((value) => value.toFixed(2)).join(", ")} (2 cores)`;
try {
  console.log(`${pairs} pairs (${pairs * 2} streams); typing for ${seconds} s, one word per party every ${keyMs} ms; ${load()}`);
  const app =
    only === "minimal"
      ? null
      : await runPlanWorkload(
          {
            serverPid: server.pid!,
            updateUrl: (pair) => `${base}/api/planer/${pair.planId}/opdateringer`,
            streamUrl: (pair) => `${base}/api/planer/${pair.planId}/strom`,
            headers: (self) => ({ cookie: self.cookie, origin: base }),
          },
          all,
          { seconds, keyMs, databaseUrl: url },
        );
  if (app) reportPlanWorkload(`the app (next start); ${load()}`, app);
  await planServer.stopApp();

  let minimal = null;
  if (only !== "app") {
    const port = await freePort();
    const floor = spawn("node", ["--import", "tsx", "tests/bench/support/minimal-plan-server.ts"], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      floor.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      floor.once("exit", () => reject(new Error("the minimal server ended")));
    });
    const minimalBase = `http://127.0.0.1:${port}`;
    try {
      minimal = await runPlanWorkload(
        {
          serverPid: floor.pid!,
          updateUrl: (pair, self) => `${minimalBase}/plans/${pair.planId}/updates?author=${self.personId}`,
          streamUrl: (pair) => `${minimalBase}/plans/${pair.planId}/stream`,
          headers: () => ({}),
        },
        all,
        { seconds, keyMs, databaseUrl: url },
      );
      reportPlanWorkload(`the minimal server (node:http + pg, same storage work); ${load()}`, minimal);
    } finally {
      floor.kill("SIGTERM");
    }
  }
  if (app && minimal) {
    console.log(`\napp / minimal: p50 ${(app.p50 / minimal.p50).toFixed(1)}x, p95 ${(app.p95 / minimal.p95).toFixed(1)}x, p99 ${(app.p99 / minimal.p99).toFixed(1)}x, server CPU ${(app.serverCpu / minimal.serverCpu).toFixed(1)}x, per stored update ${(app.serverCpu / app.posts / (minimal.serverCpu / minimal.posts)).toFixed(1)}x`);
    console.log(`target: p95 <= 100 ms (${app.p95 <= 100 ? "met" : "not met"}) and <= 5x the minimal server (${app.p95 <= 5 * minimal.p95 ? "met" : "not met"})`);
  }
} finally {
  planServer.stop();
}
process.exit(0);
