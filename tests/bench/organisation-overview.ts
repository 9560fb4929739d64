import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg } from "node:os";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { appServerArgs } from "../../lib/cli/process";
import { freePort } from "../support/postgres";
import { startBenchDatabase } from "./support/bench-database";
import { copenhagen, seedMunicipality } from "./support/municipality-seed";

// `npm run bench:organisation`: the organisation's overview on the seeded city (bench:seed: 40,000
// people, 2,500 units in ten areas, three years of rounds, the two earlier ones with every sheet
// shared and every plan signed), as HR opens it through the app's server: the whole municipality
// this year and last year, and one area with its 250 units. BENCH_USERS (5) HR sessions ask back
// to back for BENCH_SECONDS (20), after a warm-up that made the minute's shared load (cache.ts), so
// this is the page in steady use. Beside it, in the same run, two baselines: the statements the
// page's data comes from (loadOrganisationRows) asked straight from the database by the same
// number of clients (what every request would cost without the shared load, and what one request a
// minute starts in the background), and a plain Node server's p95 for a page of the same size.

const users = Number(process.env.BENCH_USERS ?? 5);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const secret = "bench-secret-that-is-long-enough-for-next-auth";

if (!existsSync(".next/BUILD_ID")) spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { openSession } = await import("../../lib/auth/sessions");
const { loadOrganisationRows } = await import("../../lib/domain/organisation-overview/data");
const seedStarted = performance.now();
const city = await seedMunicipality(bench.url, copenhagen);
console.log(
  `Seeded ${city.counts.Person.toLocaleString("en")} people, ${city.counts.Unit?.toLocaleString("en") ?? "?"} units, ${city.counts.Round.toLocaleString("en")} rounds, ${city.counts.RoundParticipant.toLocaleString("en")} participants in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s.`,
);
const vacuum = new pg.Client({ connectionString: bench.url });
await vacuum.connect();
await vacuum.query("vacuum analyze");
const area = (await vacuum.query<{ id: string }>(`select id from "Unit" where name = 'Område 1'`)).rows[0].id;
await vacuum.end();

// Five statements a load, each client its own five connections (as the app server has a pool of its own).
const setup = createPrismaClient(bench.url, users * 5);
const cookie = `next-auth.session-token=${await encode({ token: { sub: city.hrId, sid: await openSession(setup, city.hrId, "bench") }, secret })}`;
const visits = [
  { page: "HR: municipality, this year", path: "/organisation" },
  { page: "HR: municipality, last year", path: "/organisation?enhed=kommune&aar=2025" },
  { page: "HR: an area (250 units), last year", path: `/organisation?enhed=${area}&aar=2025` },
];

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn("node", appServerArgs(port, "127.0.0.1"), {
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: bench.url,
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: secret,
    JOBS_INTERVAL_SECONDS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: ["ignore", "ignore", "inherit"],
});

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/** `users` clients for `seconds`, each running the next job in turn; the times per job name. */
async function drive<Job extends { page: string }>(jobs: Job[], run: (job: Job) => Promise<void>) {
  const times = new Map<string, number[]>();
  let next = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async () => {
      while (Date.now() < until) {
        const job = jobs[next++ % jobs.length];
        const started = performance.now();
        await run(job);
        (times.get(job.page) ?? times.set(job.page, []).get(job.page)!).push(performance.now() - started);
      }
    }),
  );
  return times;
}

try {
  for (
    let tries = 0;
    !(await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    tries += 1
  ) {
    if (tries > 300) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const sizes: number[] = [];
  const failures: string[] = [];
  for (const visit of visits) {
    const response = await fetch(`${origin}${visit.path}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200 || !body.includes("Organisationens overblik")) throw new Error(`${visit.page}: ${response.status}`);
  }
  const loadBefore = loadavg()[0];
  const app = await drive(visits, async (visit) => {
    const response = await fetch(`${origin}${visit.path}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    if (response.status === 200) sizes.push(body.length);
    else failures.push(`${visit.page} ${response.status}`);
  });
  const rows = await drive([{ page: "the page's statements, straight from the database" }], async () => {
    await loadOrganisationRows(setup, city.municipalityId);
  });
  const bytes = quantile(sizes, 0.5);
  const page = "<!doctype html><html lang=da><body>" + "x".repeat(bytes) + "</body></html>";
  const plain = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(page));
  const plainPort = await freePort();
  await new Promise<void>((resolve) => plain.listen(plainPort, "127.0.0.1", resolve));
  const floor = await drive([{ page: "plain Node server" }], async () => {
    await fetch(`http://127.0.0.1:${plainPort}/`).then((response) => response.text());
  });
  plain.close();

  const dataP95 = quantile(rows.values().next().value!, 0.95);
  const plainP95 = quantile(floor.values().next().value!, 0.95);
  console.log(
    `\n${users} HR sessions for ${seconds} s back to back, on ${cpus().length} cores (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}); median page ${Math.round(bytes / 1024)} kB; failures: ${failures.length}\n`,
  );
  console.log(`${"".padEnd(52)} ${"n".padStart(5)} ${"p50".padStart(8)} ${"p95".padStart(8)}  p95/data  p95/plain`);
  for (const [name, values] of [...app, ...rows, ...floor]) {
    const p95 = quantile(values, 0.95);
    console.log(
      `${name.padEnd(52)} ${String(values.length).padStart(5)} ${quantile(values, 0.5).toFixed(0).padStart(6)}ms ${p95.toFixed(0).padStart(6)}ms  ${(p95 / dataP95).toFixed(2).padStart(7)}× ${(p95 / plainP95).toFixed(1).padStart(8)}×`,
    );
  }
} finally {
  server.kill("SIGTERM");
  await setup.$disconnect();
  bench.stop();
}
