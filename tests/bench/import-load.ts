import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import { ensureBuild } from "../../lib/cli/prepare";
import { appServerArgs } from "../../lib/cli/process";
import { freePort } from "../support/postgres";
import { largeOrganisation, peopleCsv, utf8 } from "../support/people-csv";
import { startBenchDatabase } from "./support/bench-database";
import { reportProbe, startProbe, treeRss } from "./support/load-probe";
import { callServerAction, serverActionId } from "./support/server-action";

// A whole municipality's HR file (BENCH_PEOPLE, 40,000 people) imported by an administrator
// through the real path (the import page's two server actions on `next start`, a throwaway
// Postgres), while another signed-in person asks for their front page and /api/health every
// 200 ms. Reports that person's p50/p95/max with no import running (the baseline, taken right
// before each import in the same run) and during it, the ratio between them, the import's times
// and the server's peak memory. Two imports: everyone new, then the next HR file with changes.
// Run with `npm run bench:import-load` (builds the app first if the sources changed).

const count = Number(process.env.BENCH_PEOPLE ?? 40_000);
const quietSeconds = Number(process.env.BENCH_QUIET_SECONDS ?? 10);
const secret = "bench-secret-that-is-long-enough-for-next-auth";

await ensureBuild();
const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { openSession } = await import("../../lib/auth/sessions");
let stopServer = () => {};

try {
  const setup = createPrismaClient(bench.url, 2);
  const municipality = await setup.municipality.create({ data: { name: "Benchmark Kommune" } });
  const area = await setup.unit.create({ data: { municipalityId: municipality.id, name: "Område", kind: "AREA" } });
  const units = Array.from({ length: 40 }, (_, index) => `Enhed ${index + 1}`);
  await setup.unit.createMany({
    data: units.map((name) => ({ municipalityId: municipality.id, name, kind: "UNIT" as const, parentId: area.id })),
  });
  const unitId = (await setup.unit.findFirstOrThrow({ where: { name: units[0] } })).id;
  // Both are in the file unchanged, so the import neither deactivates nor signs them out.
  const admin = await setup.person.create({
    data: {
      municipalityId: municipality.id,
      name: "Direktør Dalgaard",
      email: "direktoer@stor.example",
      unitId,
      jobTitle: "Kommunaldirektør",
      roles: { create: { role: "ADMINISTRATOR" } },
    },
  });
  const other = await setup.person.create({
    data: {
      municipalityId: municipality.id,
      name: "Leder 0 Holm",
      email: "leder0@stor.example",
      unitId,
      managerId: admin.id,
      jobTitle: "Leder",
    },
  });
  const cookieFor = async (personId: string) =>
    `next-auth.session-token=${await encode({ token: { sub: personId, sid: await openSession(setup, personId, "bench") }, secret })}`;
  const adminCookie = await cookieFor(admin.id);
  const otherCookie = await cookieFor(other.id);
  await setup.$disconnect();

  const organisation = largeOrganisation(count, units);
  const file = utf8(peopleCsv(organisation), true);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", appServerArgs(port, "127.0.0.1"), {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: bench.url,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: secret,
      JOBS_INTERVAL_SECONDS: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  stopServer = () => server.kill("SIGTERM");
  for (
    let tries = 0;
    !(await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    ));
    tries += 1
  ) {
    if (tries > 300) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  for (let warm = 0; warm < 5; warm += 1) {
    await fetch(`${base}/`, { headers: { cookie: otherCookie } }).then((response) => response.arrayBuffer());
    await fetch(`${base}/admin/import`, { headers: { cookie: adminCookie } }).then((response) => response.arrayBuffer());
  }

  const probeOptions = { base, cookie: otherCookie, pagePath: "/", serverPid: server.pid! };

  const call = <T>(name: string, args: unknown[]) =>
    callServerAction<T>({
      base,
      pagePath: "/admin/import",
      cookie: adminCookie,
      actionId: serverActionId("lib/domain/people/actions.ts", name),
      args,
    });
  type Result = { ok: boolean; data?: Record<string, unknown> & { fingerprint?: string }; formError?: string; fieldErrors?: unknown };
  const runImport = async (label: string, bytes: Uint8Array) => {
    // The baseline right before each import: the other person's page grows with the people reporting to them.
    const quietProbe = startProbe(probeOptions);
    await new Promise((resolve) => setTimeout(resolve, quietSeconds * 1000));
    const quiet = await quietProbe.stop();
    const encoded = Buffer.from(bytes).toString("base64");
    const rssBefore = treeRss(server.pid!) / 1024 / 1024;
    const probe = startProbe(probeOptions);
    const started = performance.now();
    const preview = await call<Result>("previewPeopleImport", [{ file: encoded }]);
    const previewSeconds = (performance.now() - started) / 1000;
    if (!preview.ok || !preview.data?.ok) throw new Error(`preview failed: ${JSON.stringify(preview).slice(0, 500)}`);
    const apply = await call<Result>("applyPeopleImport", [{ file: encoded, fingerprint: preview.data.fingerprint }]);
    if (!apply.ok) throw new Error(`apply failed: ${JSON.stringify(apply).slice(0, 500)}`);
    const totalSeconds = (performance.now() - started) / 1000;
    const loaded = await probe.stop();
    console.log(
      `\n${label}, file ${(bytes.length / 1024 / 1024).toFixed(1)} MB: preview ${previewSeconds.toFixed(1)} s, apply ${(totalSeconds - previewSeconds).toFixed(1)} s, total ${totalSeconds.toFixed(1)} s -> ${JSON.stringify(apply.data)}; server RSS before ${rssBefore.toFixed(0)} MB`,
    );
    reportProbe(
      `another user's front page (/) and /api/health every 200 ms: quiet ${quiet.seconds.toFixed(0)} s just before vs during the import`,
      quiet,
      loaded,
    );
  };

  await runImport(`${count.toLocaleString("en")}-person import, everyone new`, file);
  // The next export from HR: every tenth person has a new job title, the last 400 have left.
  const next = organisation
    .slice(0, -400)
    .map((person, index) => (index > 41 && index % 10 === 0 ? { ...person, jobTitle: "Pædagogisk assistent" } : person));
  await runImport("the next HR file of the same municipality: every tenth job title changed, 400 people gone", utf8(peopleCsv(next), true));

  const check = createPrismaClient(bench.url, 1);
  console.log(`\nactive people now ${await check.person.count({ where: { active: true } })}`);
  await check.$disconnect();
} finally {
  stopServer();
  bench.stop();
}
process.exit(0);
