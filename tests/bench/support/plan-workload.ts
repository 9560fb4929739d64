import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import * as Y from "yjs";
import type { Pair, Party } from "./plan-server";

// The client side of bench:plans, the same for the app and for the minimal server: in each pair
// both parties type into the plan at once, each from its own client (an SSE stream in, a queue of
// updates out with one request in flight, like the browser). Measured: propagation latency (from
// one party's keystroke to the other party having it applied), and the CPU of the server's
// process tree, of Postgres and of this process, and the server's memory.

/** Where one party's client sends its updates and opens its stream, and with which headers. */
export type PlanTarget = {
  /** Each server instance's process (its CPU and memory are reported one by one). */
  serverPids: number[];
  updateUrl: (pair: Pair, self: Party) => string;
  streamUrl: (pair: Pair, self: Party) => string;
  headers: (self: Party) => Record<string, string>;
};
export type WorkloadResult = {
  sent: number;
  /** Requests that stored an update (a party's words typed while one was in flight go together). */
  posts: number;
  seen: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  serverCpu: number;
  /** Per instance: CPU (% of one core), resident memory at start and at its peak (MB). */
  instances: { cpu: number; rssStartMb: number; rssPeakMb: number }[];
  /** Words whose party's client was told "stored" but that are missing from the plan in the database. */
  lostInStorage: number;
  postgresCpu: number;
  clientCpu: number;
  rssStartMb: number;
  rssPeakMb: number;
  seconds: number;
};

const childrenOf = (pid: number) =>
  spawnSync("pgrep", ["-P", String(pid)])
    .stdout.toString()
    .split("\n")
    .filter(Boolean)
    .map(Number);
const ticksOf = (list: number[]) =>
  list.reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);

/**
 * The bench cluster's processes only (its postmaster, found by its port, and the backends it
 * started): other clusters on a shared machine are not this benchmark's cost.
 */
function postgresPids(databaseUrl: string): number[] {
  const port = new URL(databaseUrl).port;
  const postmasters = spawnSync("pgrep", ["-f", `postgres .*-p ${port} `])
    .stdout.toString()
    .split("\n")
    .filter(Boolean)
    .map(Number);
  return postmasters.flatMap((pid) => [pid, ...childrenOf(pid)]);
}

export async function runPlanWorkload(
  target: PlanTarget,
  pairs: Pair[],
  options: { seconds: number; keyMs: number; databaseUrl: string },
): Promise<WorkloadResult> {
  // CPU (user + system, from /proc, in clock ticks of 1/100 s) and resident memory, sampled every second.
  const treeOf = (pid: number) => [pid, ...childrenOf(pid)];
  const postgresTicks = () => ticksOf(postgresPids(options.databaseUrl));
  const ticksEach = () => target.serverPids.map((pid) => ticksOf(treeOf(pid)));
  const ticks = () => ticksEach().reduce((sum, value) => sum + value, 0);
  const rssOf = (pid: number) =>
    treeOf(pid).reduce((sum, one) => {
      try {
        return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${one}/status`, "utf8"))![1]) / 1024;
      } catch {
        return sum;
      }
    }, 0);
  const rssEach = () => target.serverPids.map(rssOf);
  const rssMb = () => rssEach().reduce((sum, value) => sum + value, 0);
  const run = Math.random().toString(36).slice(2, 6);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let posts = 0;
  let peakRss = rssMb();
  const rssAtStart = peakRss;
  const rssStartEach = rssEach();
  const rssPeakEach = [...rssStartEach];
  /** Every word whose request was answered "stored", by plan, to look for in the database at the end. */
  const acknowledged = new Map<string, string[]>();

  function client(pair: Pair, self: Party, peerPending: Map<string, number>, ownPending: Map<string, number>, stop: AbortSignal) {
    const doc = new Y.Doc();
    const text = doc.getText("goals");
    // The tab's id, on its stream and its updates, as the browser sends it: no echo of its own words.
    const tab = randomUUID();
    const withTab = (url: string) => `${url}${url.includes("?") ? "&" : "?"}klient=${tab}`;
    let queue: Uint8Array[] = [];
    let queuedTokens: string[] = [];
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
      const tokens = queuedTokens;
      queue = [];
      queuedTokens = [];
      const retry = () => {
        errors += 1;
        queue.unshift(batch);
        queuedTokens.unshift(...tokens);
      };
      try {
        const response = await fetch(withTab(target.updateUrl(pair, self)), {
          method: "POST",
          body: batch as BodyInit,
          headers: { ...target.headers(self), "content-type": "application/octet-stream" },
        });
        if (response.ok) {
          posts += 1;
          const list = acknowledged.get(pair.planId) ?? [];
          list.push(...tokens);
          acknowledged.set(pair.planId, list);
        } else retry();
        await response.arrayBuffer();
      } catch {
        retry();
      }
      inflight = false;
      void flush();
    }
    const ready = (async () => {
      const response = await fetch(withTab(target.streamUrl(pair, self)), { headers: target.headers(self), signal: stop });
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
                for (const [token, at] of peerPending) {
                  if (current.includes(token)) {
                    latencies.push(now - at);
                    peerPending.delete(token);
                  }
                }
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
      // Named for this run too: a second run on the same plans must not find the first run's words.
      const token = ` ${run}${self === pair.leader ? "L" : "M"}${count++}·`;
      ownPending.set(token, performance.now());
      queuedTokens.push(token);
      sent += 1;
      // Type at the end of one's own line, as two people writing side by side would.
      doc.transact(() => text.insert(text.length, token), "local");
    };
    return { ready, type };
  }

  const stop = new AbortController();
  const clients = pairs.map((pair) => {
    const fromLeader = new Map<string, number>();
    const fromEmployee = new Map<string, number>();
    return [
      client(pair, pair.leader, fromEmployee, fromLeader, stop.signal),
      client(pair, pair.employee, fromLeader, fromEmployee, stop.signal),
    ];
  });
  await Promise.all(clients.flat().map((entry) => entry.ready));

  const postsBefore = posts;
  const ticksBefore = ticks();
  const postgresBefore = postgresTicks();
  const benchBefore = process.cpuUsage();
  const started = performance.now();
  const ticksBeforeEach = ticksEach();
  const sampler = setInterval(() => {
    const each = rssEach();
    each.forEach((value, index) => (rssPeakEach[index] = Math.max(rssPeakEach[index], value)));
    peakRss = Math.max(
      peakRss,
      each.reduce((sum, value) => sum + value, 0),
    );
  }, 1000);
  const timers = clients.flat().map((entry) => setInterval(entry.type, options.keyMs * (0.8 + Math.random() * 0.4)));
  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the last ones arrive
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  const cpuSeconds = (ticks() - ticksBefore) / 100;
  const cpuEach = ticksEach().map((value, index) => ((value - ticksBeforeEach[index]) / 100 / elapsed) * 100);
  const postgresSeconds = (postgresTicks() - postgresBefore) / 100;
  const benchUsage = process.cpuUsage(benchBefore);
  stop.abort();
  const lostInStorage = await missingFromStorage(options.databaseUrl, acknowledged);

  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    sent,
    posts: posts - postsBefore,
    seen: latencies.length,
    errors,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies.at(-1) ?? NaN,
    serverCpu: (cpuSeconds / elapsed) * 100,
    instances: cpuEach.map((cpu, index) => ({ cpu, rssStartMb: rssStartEach[index], rssPeakMb: rssPeakEach[index] })),
    lostInStorage,
    postgresCpu: (postgresSeconds / elapsed) * 100,
    clientCpu: ((benchUsage.user + benchUsage.system) / 1e6 / elapsed) * 100,
    rssStartMb: rssAtStart,
    rssPeakMb: peakRss,
    seconds: elapsed,
  };
}

/** Acknowledged words that the stored plan (its merged state in the database) does not contain. */
async function missingFromStorage(databaseUrl: string, acknowledged: Map<string, string[]>): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; state: Buffer }>(`select id, state from "Plan" where id = any($1::uuid[])`, [
      [...acknowledged.keys()],
    ]);
    let missing = 0;
    for (const row of rows) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, row.state);
      const text = doc.getText("goals").toString();
      missing += (acknowledged.get(row.id) ?? []).filter((token) => !text.includes(token)).length;
    }
    return missing;
  } finally {
    await client.end();
  }
}

export function reportPlanWorkload(label: string, result: WorkloadResult): void {
  const ms = (value: number) => value.toFixed(1);
  console.log(`\n${label}`);
  console.log(`  words typed ${result.sent}, seen by the other party ${result.seen}, errors ${result.errors}`);
  console.log(`  propagation ms: p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, max ${ms(result.max)}`);
  const perPost = ((result.serverCpu / 100) * result.seconds * 1000) / result.posts;
  console.log(`  updates stored ${result.posts}; server CPU ${perPost.toFixed(2)} ms per stored update (with its echo to the other party)`);
  console.log(
    `  server CPU ${result.serverCpu.toFixed(0)}% of one core; Postgres ${result.postgresCpu.toFixed(0)}%; the clients (this process) ${result.clientCpu.toFixed(0)}%`,
  );
  console.log(`  server memory RSS ${result.rssStartMb.toFixed(0)} MB at start, peak ${result.rssPeakMb.toFixed(0)} MB`);
  if (result.instances.length > 1) {
    result.instances.forEach((instance, index) =>
      console.log(
        `  instance ${index + 1}: CPU ${instance.cpu.toFixed(0)}% of one core, RSS ${instance.rssStartMb.toFixed(0)} MB at start, peak ${instance.rssPeakMb.toFixed(0)} MB`,
      ),
    );
  }
  console.log(`  acknowledged words missing from the stored plans: ${result.lostInStorage}`);
}
