// This process's counters, rendered in Prometheus's text format by /api/metrics. Kept on
// globalThis: the request observer (loaded by instrumentation.ts) and the metrics route may be
// bundled apart, and must count into the same registry.

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Histogram = { counts: number[]; sum: number; count: number };
type Registry = {
  requests: Map<string, number>; // method \0 route \0 status
  latency: Map<string, Histogram>; // method \0 route
  jobs: Map<string, number>; // job \0 outcome
  jobSeconds: Map<string, number>; // job
};

const shared = globalThis as unknown as { musMetrics?: Registry };
function registry(): Registry {
  return (shared.musMetrics ??= { requests: new Map(), latency: new Map(), jobs: new Map(), jobSeconds: new Map() });
}

const add = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** One answered request. A plan stream's duration is its whole life, so streams stay out of the latency histogram. */
export function recordRequest(method: string, route: string, status: number, seconds: number): void {
  const metrics = registry();
  add(metrics.requests, [method, route, String(status)].join("\0"));
  if (route.endsWith("/strom")) return;
  const key = [method, route].join("\0");
  const histogram = metrics.latency.get(key) ?? { counts: latencyBuckets.map(() => 0), sum: 0, count: 0 };
  latencyBuckets.forEach((bound, index) => {
    if (seconds <= bound) histogram.counts[index] += 1;
  });
  histogram.sum += seconds;
  histogram.count += 1;
  metrics.latency.set(key, histogram);
}

export function recordJobRun(job: string, outcome: "ok" | "error", seconds: number): void {
  const metrics = registry();
  add(metrics.jobs, [job, outcome].join("\0"));
  add(metrics.jobSeconds, job, seconds);
}

const label = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
const labels = (pairs: [string, string][]) => `{${pairs.map(([name, value]) => `${name}="${label(value)}"`).join(",")}}`;

/** The whole registry, and the gauges read at the moment of asking, as Prometheus text (version 0.0.4). */
export function renderMetrics(gauges: { planStreams: number; queuedMail: number; deadMail: number }): string {
  const metrics = registry();
  const lines: string[] = [];
  lines.push(
    "# HELP mus_http_requests_total Requests answered by this process, by method, route and status.",
    "# TYPE mus_http_requests_total counter",
  );
  for (const [key, value] of metrics.requests) {
    const [method, route, status] = key.split("\0");
    lines.push(
      `mus_http_requests_total${labels([
        ["method", method],
        ["route", route],
        ["status", status],
      ])} ${value}`,
    );
  }
  lines.push(
    "# HELP mus_http_request_duration_seconds Time to answer a request (plan streams left out).",
    "# TYPE mus_http_request_duration_seconds histogram",
  );
  for (const [key, histogram] of metrics.latency) {
    const [method, route] = key.split("\0");
    const base: [string, string][] = [
      ["method", method],
      ["route", route],
    ];
    latencyBuckets.forEach((bound, index) =>
      lines.push(`mus_http_request_duration_seconds_bucket${labels([...base, ["le", String(bound)]])} ${histogram.counts[index]}`),
    );
    lines.push(`mus_http_request_duration_seconds_bucket${labels([...base, ["le", "+Inf"]])} ${histogram.count}`);
    lines.push(`mus_http_request_duration_seconds_sum${labels(base)} ${histogram.sum}`);
    lines.push(`mus_http_request_duration_seconds_count${labels(base)} ${histogram.count}`);
  }
  lines.push(
    "# HELP mus_plan_streams_open Live plan streams open in this process.",
    "# TYPE mus_plan_streams_open gauge",
    `mus_plan_streams_open ${gauges.planStreams}`,
  );
  lines.push(
    "# HELP mus_mail_queued Mail in the shared queue not sent yet (all instances).",
    "# TYPE mus_mail_queued gauge",
    `mus_mail_queued ${gauges.queuedMail}`,
  );
  lines.push(
    "# HELP mus_mail_dead Mail given up on after its last attempt (all instances); its error is kept.",
    "# TYPE mus_mail_dead gauge",
    `mus_mail_dead ${gauges.deadMail}`,
  );
  lines.push("# HELP mus_job_runs_total Background job runs in this process, by job and outcome.", "# TYPE mus_job_runs_total counter");
  for (const [key, value] of metrics.jobs) {
    const [job, outcome] = key.split("\0");
    lines.push(
      `mus_job_runs_total${labels([
        ["job", job],
        ["outcome", outcome],
      ])} ${value}`,
    );
  }
  lines.push(
    "# HELP mus_job_run_seconds_total Time spent in background job runs in this process, by job.",
    "# TYPE mus_job_run_seconds_total counter",
  );
  for (const [job, seconds] of metrics.jobSeconds) lines.push(`mus_job_run_seconds_total${labels([["job", job]])} ${seconds}`);
  return `${lines.join("\n")}\n`;
}
