import { readFileSync, readdirSync } from "node:fs";

// What another user feels while a long job runs: a signed-in person asks for a page and the
// health check every `intervalMs` (open loop: a stalled server does not slow the asking down, so
// every waiting request is counted with its full wait), and the server's resident memory
// (the process and its children) is sampled meanwhile.

export type Latencies = { count: number; failed: number; p50: number; p95: number; max: number };
export type ProbeResult = { page: Latencies; health: Latencies; peakRssMb: number; seconds: number };

function summarise(times: number[], failed: number): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
  return { count: sorted.length, failed, p50: at(50), p95: at(95), max: sorted.at(-1) ?? NaN };
}

/** Resident memory of a process and everything it started, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const visit = (id: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

export function startProbe(options: { base: string; cookie: string; pagePath: string; serverPid: number; intervalMs?: number }) {
  const page: number[] = [];
  const health: number[] = [];
  let failedPage = 0;
  let failedHealth = 0;
  let peakRss = treeRss(options.serverPid);
  const pending = new Set<Promise<void>>();
  const started = performance.now();

  const timeOne = (path: string, cookie: string | null, into: number[], fail: () => void) => {
    const begin = performance.now();
    const request = fetch(`${options.base}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" })
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 200) fail();
        else into.push(performance.now() - begin);
      })
      .catch(fail)
      .finally(() => pending.delete(request));
    pending.add(request);
  };
  const ticker = setInterval(() => {
    timeOne(options.pagePath, options.cookie, page, () => (failedPage += 1));
    timeOne("/api/health", null, health, () => (failedHealth += 1));
  }, options.intervalMs ?? 200);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(options.serverPid))), 100);

  return {
    async stop(): Promise<ProbeResult> {
      clearInterval(ticker);
      clearInterval(sampler);
      await Promise.all(pending);
      return {
        page: summarise(page, failedPage),
        health: summarise(health, failedHealth),
        peakRssMb: peakRss / 1024 / 1024,
        seconds: (performance.now() - started) / 1000,
      };
    },
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Prints the quiet and the loaded figures side by side, with the ratio the team reports. */
export function reportProbe(label: string, quiet: ProbeResult, loaded: ProbeResult): void {
  console.log(`\n${label}`);
  for (const key of ["page", "health"] as const) {
    const q = quiet[key];
    const l = loaded[key];
    console.log(
      `  ${key.padEnd(6)} quiet  p50 ${ms(q.p50)}, p95 ${ms(q.p95)}, max ${ms(q.max)} (${q.count} ok, ${q.failed} failed)\n` +
        `         loaded p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)} (${l.count} ok, ${l.failed} failed)  ->  p95 ratio ${(l.p95 / q.p95).toFixed(1)}x, max ratio ${(l.max / q.max).toFixed(1)}x`,
    );
  }
  console.log(`  server peak RSS: quiet ${quiet.peakRssMb.toFixed(0)} MB, loaded ${loaded.peakRssMb.toFixed(0)} MB`);
}
