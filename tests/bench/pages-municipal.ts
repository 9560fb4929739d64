import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg } from "node:os";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { appServerArgs } from "../../lib/cli/process";
import { freePort } from "../support/postgres";
import { startBenchDatabase } from "./support/bench-database";
import { childrenCpuMs, cpuMs, parentOf } from "./support/cpu-meter";
import { copenhagen, seedMunicipality } from "./support/municipality-seed";

// `npm run bench:pages`: every page a leader, an employee, HR and an administrator open, on a
// municipality at a large city's size (bench:seed), with BENCH_USERS (20) people clicking at once
// for BENCH_SECONDS (30) through the app's server (as `npm start` runs it). Reports p50/p95/p99 per page, and beside it the
// floor of this machine in the same run: a plain Node http server answering a page of the same
// size to the same 20 clients. BENCH_THINK_MS (0) has each person pause about that long (0.5–1.5×)
// between pages, as people reading them do; 0 is the target's back-to-back load. Beside the
// latencies: the CPU each request cost the server, Postgres and the clients, which moves far less
// than the latencies with what else runs on the machine.

const users = Number(process.env.BENCH_USERS ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 0);
// BENCH_NAVIGATION=rsc: each page is asked for as a click on one of the app's links asks for it
// (Next's RSC payload, no HTML); the default asks for the whole document, as typing the address does.
// Without a router state tree the whole tree is rendered (a click sends its tree and gets less);
// Next asks for an empty `_rsc` search parameter with such a request.
const rsc = process.env.BENCH_NAVIGATION === "rsc";
const navigation: Record<string, string> = rsc ? { RSC: "1" } : {};
const address = (path: string) => (rsc ? `${path}${path.includes("?") ? "&" : "?"}_rsc` : path);
const secret = "bench-secret-that-is-long-enough-for-next-auth";

if (!existsSync(".next/BUILD_ID")) spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { openSession } = await import("../../lib/auth/sessions");
const seedStarted = performance.now();
const city = await seedMunicipality(bench.url, copenhagen);
console.log(
  `Seeded ${city.counts.Person.toLocaleString("en")} people, ${city.counts.Round.toLocaleString("en")} rounds, ${city.counts.RoundParticipant.toLocaleString("en")} participants in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s.`,
);

// A municipality's database in steady state has been vacuumed; without this, autovacuum catches up
// on the bulk load during the measurement (and index-only scans still visit the table).
const vacuum = new pg.Client({ connectionString: bench.url });
await vacuum.connect();
await vacuum.query("vacuum analyze");
await vacuum.end();

const setup = createPrismaClient(bench.url, 2);
const cookieFor = async (personId: string) =>
  `next-auth.session-token=${await encode({ token: { sub: personId, sid: await openSession(setup, personId, "bench") }, secret })}`;

type Visit = { page: string; path: string; cookie: string };
const visits: Visit[] = [];
for (const leader of city.leaders.slice(0, 40)) {
  const cookie = await cookieFor(leader.id);
  const pages: [string, string][] = [
    ["leader: front page", "/"],
    ["leader: rounds", "/runder"],
    ["leader: round", `/runder/${leader.currentRoundId}`],
    ["leader: conversations", `/runder/${leader.currentRoundId}/samtaler`],
    ["leader: participants' sheets", `/runder/${leader.currentRoundId}/deltagerforberedelse`],
    ["leader: a conversation", `/runder/${leader.currentRoundId}/samtale/${leader.participantId}`],
    ["leader: last year's overview", `/runder/${leader.closedRoundId}/overblik`],
    ["leader: last year's follow-up", `/runder/${leader.closedRoundId}/opfoelgning`],
  ];
  for (const [page, path] of pages) visits.push({ page, path, cookie });
}
for (const employee of city.employees.slice(0, 40)) {
  const cookie = await cookieFor(employee.id);
  visits.push(
    { page: "employee: front page", path: "/", cookie },
    { page: "employee: my sheet", path: `/runder/${employee.currentRoundId}/forberedelse`, cookie },
    { page: "employee: my data", path: "/mine-data", cookie },
  );
}
const hr = await cookieFor(city.hrId);
visits.push({ page: "HR: filing", path: "/hr", cookie: hr });
const admin = await cookieFor(city.directorId);
visits.push(
  { page: "admin: people", path: "/admin/personer", cookie: admin },
  { page: "admin: people, searched", path: "/admin/personer?q=M%C3%B8lgaard%2012", cookie: admin },
  { page: "admin: people, page 50", path: "/admin/personer?side=50", cookie: admin },
  { page: "admin: units", path: "/admin/enheder", cookie: admin },
  { page: "admin: audit log", path: "/admin/log", cookie: admin },
);
await setup.$disconnect();

// BENCH_INSTANCES=2: two instances on the one database, as the production section runs them, the
// people split between them (each instance answers for its own address, like two hosts behind a
// proxy). HTTP_COMPRESSION=0 (passed on) leaves compression to a proxy in front.
const instanceCount = Math.max(1, Number(process.env.BENCH_INSTANCES ?? 1));
const servers: { base: string; process: ReturnType<typeof spawn> }[] = [];
for (let index = 0; index < instanceCount; index += 1) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  servers.push({
    base: origin,
    // BENCH_PROFILE=<dir>: each instance writes a V8 CPU profile there when it stops.
    process: spawn(
      "node",
      [
        ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
        ...appServerArgs(port, "127.0.0.1"),
      ],
      {
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
      },
    ),
  });
}
const serverCpuMs = () => servers.reduce((sum, entry) => sum + cpuMs(entry.process.pid!), 0);

/** Runs `users` clients for `seconds`, each taking the next visit in turn; latencies per page. */
async function drive(origins: string[], list: Visit[]): Promise<{ times: Map<string, number[]>; failures: string[]; sizes: number[] }> {
  const times = new Map<string, number[]>();
  const failures: string[] = [];
  let next = 0;
  const sizes: number[] = [];
  const until = Date.now() + seconds * 1000;
  const pause = (scale: number) => new Promise((resolve) => setTimeout(resolve, thinkMs * scale));
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      const origin = origins[user % origins.length];
      // People reading pages arrive spread out, not all in the same millisecond.
      if (thinkMs > 0) await pause(Math.random());
      while (Date.now() < until) {
        const visit = list[next++ % list.length];
        const started = performance.now();
        const answer = await fetch(`${origin}${address(visit.path)}`, {
          headers: { cookie: visit.cookie, ...navigation },
          redirect: "manual",
        }).then(
          async (response) => ({ status: response.status, body: await response.text() }),
          (error: Error) => ({ status: 0, body: error.message }),
        );
        const ms = performance.now() - started;
        if (answer.status === 200) sizes.push(answer.body.length);
        else failures.push(`${visit.page} ${answer.status}`);
        (times.get(visit.page) ?? times.set(visit.page, []).get(visit.page)!).push(ms);
        if (thinkMs > 0) await pause(0.5 + Math.random());
      }
    }),
  );
  return { times, failures, sizes };
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

try {
  for (const { base: origin } of servers) {
    for (
      let tries = 0;
      !(await fetch(`${origin}/api/health`).then(
        (response) => response.ok,
        () => false,
      ));
      tries += 1
    ) {
      if (tries > 300) throw new Error("the server did not start");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Warm-up: every page once, so compilation of routes and the first queries' plans are not measured.
    for (const visit of visits)
      await fetch(`${origin}${visit.path}`, { headers: { cookie: visit.cookie }, redirect: "manual" }).then((response) => response.text());
  }

  // Postgres's backends are the children of its postmaster, the parent of any backend.
  const probe = new pg.Client({ connectionString: bench.url });
  await probe.connect();
  const postmaster = parentOf((await probe.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0].pid);
  await probe.end();
  const loadBefore = loadavg()[0];
  const before = { server: serverCpuMs(), postgres: childrenCpuMs(postmaster), client: process.cpuUsage() };
  const app = await drive(
    servers.map((entry) => entry.base),
    visits,
  );
  const requests = [...app.times.values()].reduce((sum, values) => sum + values.length, 0);
  const client = process.cpuUsage(before.client);
  const cpu = {
    server: (serverCpuMs() - before.server) / requests,
    postgres: (childrenCpuMs(postmaster) - before.postgres) / requests,
    client: (client.user + client.system) / 1000 / requests,
  };
  // The floor, in the same run: a plain Node server answering a page as large as the app's median one.
  const bytes = quantile(app.sizes, 0.5);
  const page = "<!doctype html><html lang=da><body>" + "x".repeat(bytes) + "</body></html>";
  const plain = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(page));
  const plainPort = await freePort();
  await new Promise<void>((resolve) => plain.listen(plainPort, "127.0.0.1", resolve));
  const floor = await drive([`http://127.0.0.1:${plainPort}`], [{ page: "plain", path: "/", cookie: "" }]);
  plain.close();

  const floorP95 = quantile(floor.times.get("plain")!, 0.95);
  const pacing = thinkMs > 0 ? `, each pausing ${thinkMs * 0.5}–${thinkMs * 1.5} ms between pages` : ", back to back";
  console.log(
    `\n${users} users for ${seconds} s${pacing}, ${instanceCount} instance(s)${process.env.HTTP_COMPRESSION === "0" ? " without compression" : ""}, on ${cpus().length} cores (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}); a plain Node server's p95 for a ${Math.round(bytes / 1024)} kB page (the median): ${floorP95.toFixed(1)} ms`,
  );
  console.log(
    `CPU per request: server ${cpu.server.toFixed(1)} ms, Postgres ${cpu.postgres.toFixed(1)} ms, the clients ${cpu.client.toFixed(1)} ms\n`,
  );
  console.log(`${"page".padEnd(32)} ${"n".padStart(5)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)}  p95/floor`);
  let worst = 0;
  for (const [name, values] of [...app.times].sort(([a], [b]) => a.localeCompare(b))) {
    const p95 = quantile(values, 0.95);
    worst = Math.max(worst, p95);
    console.log(
      `${name.padEnd(32)} ${String(values.length).padStart(5)} ${quantile(values, 0.5).toFixed(0).padStart(6)}ms ${p95.toFixed(0).padStart(6)}ms ${quantile(values, 0.99).toFixed(0).padStart(6)}ms  ${(p95 / floorP95).toFixed(1)}×`,
    );
  }
  const all = [...app.times.values()].flat();
  console.log(
    `\nall pages: ${all.length} requests (${(all.length / seconds).toFixed(0)}/s), p50 ${quantile(all, 0.5).toFixed(0)} ms, p95 ${quantile(all, 0.95).toFixed(0)} ms, worst page p95 ${worst.toFixed(0)} ms; failures: ${app.failures.length}${app.failures.length ? ` (${[...new Set(app.failures)].slice(0, 5).join(", ")})` : ""}`,
  );
} finally {
  for (const entry of servers) entry.process.kill("SIGTERM");
  bench.stop();
}
