import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as Y from "yjs";
import { startPlanServer, type Pair, type Party } from "./support/plan-server";

// 50 conversations at once: in each, leader and employee type into the plan at the same time, each
// from their own client, through a real app server (`next start`, the production build) and a
// real Postgres. Measured: propagation latency (from one party's keystroke to the other party
// having it applied, through POST, the stored transaction, NOTIFY and the other's SSE stream),
// and the server's CPU and memory. Run with `npm run bench:plans` (builds the app if it is not
// built; starts and removes its own throwaway Postgres).

const pairs = Number(process.env.BENCH_PAIRS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const keyMs = Number(process.env.BENCH_KEY_MS ?? 1000); // each party sends one "word" this often (both all the time: a busy conversation)
// BENCH_PROFILE=<dir>: the server writes a V8 CPU profile there on exit (open it in Chrome DevTools).
const { base, url, pairs: all, server, stop: stopServer } = await startPlanServer(pairs, process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []);
const { createPrismaClient } = await import("../../lib/db-client");
try {
  // CPU (user + system, from /proc, in clock ticks of 1/100 s) and resident memory, sampled every second.
  const pids = () => [server.pid!, ...spawnSync("pgrep", ["-P", String(server.pid)]).stdout.toString().split("\n").filter(Boolean).map(Number)];
  const ticksOf = (list: number[]) => list.reduce((sum, pid) => { try { const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return sum + Number(fields[11]) + Number(fields[12]); } catch { return sum; } }, 0);
  const postgresTicks = () => ticksOf(spawnSync("pgrep", ["-x", "postgres"]).stdout.toString().split("\n").filter(Boolean).map(Number));
  const ticks = () => ticksOf(pids());
  const rssMb = () => pids().reduce((sum, pid) => { try { return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024; } catch { return sum; } }, 0);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let peakRss = rssMb();
  const rssAtStart = peakRss;

  /** One party's client: an SSE stream in, a queue of updates out (one request in flight, like the browser). */
  function client(pair: Pair, self: Party, peerPending: Map<string, number>, ownPending: Map<string, number>, stop: AbortSignal) {
    const doc = new Y.Doc();
    const text = doc.getText("goals");
    let queue: Uint8Array[] = [];
    let inflight = false;
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "remote") return;
      queue.push(update);
      void flush();
    });
    async function flush() {
      if (inflight || queue.length === 0) return;
      inflight = true;
      const batch = Y.mergeUpdates(queue);
      queue = [];
      try {
        const response = await fetch(`${base}/api/planer/${pair.planId}/opdateringer`, { method: "POST", body: batch as BodyInit, headers: { cookie: self.cookie, origin: base, "content-type": "application/octet-stream" } });
        if (!response.ok) { errors += 1; queue.unshift(batch); }
        await response.arrayBuffer();
      } catch {
        errors += 1;
        queue.unshift(batch);
      }
      inflight = false;
      void flush();
    }
    const ready = (async () => {
      const response = await fetch(`${base}/api/planer/${pair.planId}/strom`, { headers: { cookie: self.cookie }, signal: stop });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let resolveReady: () => void = () => {};
      const isReady = new Promise<void>((resolve) => (resolveReady = resolve));
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffer += value;
            let end: number;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              const event = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const name = /^event: (.*)$/m.exec(event)?.[1];
              const data = /^data: (.*)$/m.exec(event)?.[1];
              if (!data || (name !== "state" && name !== "update")) continue;
              const payload = JSON.parse(data) as { state?: string; update?: string };
              Y.applyUpdate(doc, Buffer.from(payload.state ?? payload.update!, "base64"), "remote");
              if (name === "state") resolveReady();
              if (peerPending.size > 0) {
                const now = performance.now();
                const current = text.toString();
                for (const [token, at] of peerPending) if (current.includes(token)) { latencies.push(now - at); peerPending.delete(token); }
              }
            }
          }
        } catch {
          // aborted at the end
        }
      })();
      await isReady;
    })();
    let count = 0;
    const type = () => {
      const token = ` ${self === pair.leader ? "L" : "M"}${count++}·`;
      ownPending.set(token, performance.now());
      sent += 1;
      // Type at the end of one's own line, as two people writing side by side would.
      doc.transact(() => text.insert(text.length, token), "local");
    };
    return { ready, type };
  }

  const stop = new AbortController();
  const clients = all.map((pair) => {
    const fromLeader = new Map<string, number>();
    const fromEmployee = new Map<string, number>();
    return [client(pair, pair.leader, fromEmployee, fromLeader, stop.signal), client(pair, pair.employee, fromLeader, fromEmployee, stop.signal)];
  });
  await Promise.all(clients.flat().map((entry) => entry.ready));
  console.log(`${pairs} pairs connected (${pairs * 2} streams); typing for ${seconds} s, one word per party every ${keyMs} ms`);

  const ticksBefore = ticks();
  const postgresBefore = postgresTicks();
  const benchBefore = process.cpuUsage();
  const started = performance.now();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 1000);
  const timers = clients.flat().map((entry) => setInterval(entry.type, keyMs * (0.8 + Math.random() * 0.4)));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the last ones arrive
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  const cpuSeconds = (ticks() - ticksBefore) / 100;
  const postgresSeconds = (postgresTicks() - postgresBefore) / 100;
  const benchUsage = process.cpuUsage(benchBefore);
  const benchSeconds = (benchUsage.user + benchUsage.system) / 1e6;
  stop.abort();
  // BENCH_DEBUG=1: how often each table was read and written (to see the queries per update).
  if (process.env.BENCH_DEBUG) {
    const stats = createPrismaClient(url, 1);
    console.log(await stats.$queryRawUnsafe(`select relname, seq_scan, idx_scan, n_tup_ins, n_tup_upd from pg_stat_user_tables where seq_scan + coalesce(idx_scan,0) > 0 order by 2 desc`));
    console.log(await stats.$queryRawUnsafe(`select xact_commit, xact_rollback from pg_stat_database where datname = 'bench'`));
    await stats.$disconnect();
  }

  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(`words typed ${sent}, seen by the other party ${latencies.length}, errors ${errors}`);
  console.log(`propagation ms: p50 ${at(50)}, p95 ${at(95)}, p99 ${at(99)}, max ${latencies[latencies.length - 1].toFixed(1)}`);
  console.log(`Postgres CPU ${((postgresSeconds / elapsed) * 100).toFixed(0)}% of one core; the clients (this process) ${((benchSeconds / elapsed) * 100).toFixed(0)}%; the machine has 2 cores`);
  console.log(`server CPU ${((cpuSeconds / elapsed) * 100).toFixed(0)}% of one core (${cpuSeconds.toFixed(1)} s over ${elapsed.toFixed(1)} s); memory RSS ${rssAtStart.toFixed(0)} MB at start, peak ${peakRss.toFixed(0)} MB`);
} finally {
  stopServer();
}
process.exit(0);
