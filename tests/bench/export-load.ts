import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { ensureBuild } from "../../lib/cli/prepare";
import { reportProbe, startProbe, treeRss } from "./support/load-probe";
import { benchSecret, startPlanServer } from "./support/plan-server";

// HR's streamed ZIP of BENCH_PLANS (500) signed plans through `next start` on a throwaway
// Postgres, while another signed-in person asks for their front page and /api/health every
// 200 ms: that person's p50/p95/max with no export running (the baseline, BENCH_QUIET_SECONDS,
// same run) and during it, the ratio, the export's time and size, and the server's peak memory.
// The export runs first with no PDF stored (the plans were signed outside the app, so every one
// is rendered and stored), then with every one stored (read back), repeated for BENCH_STORED_SECONDS.
// Run with `npm run bench:export-load`.

const run = promisify(execFile);
const plans = Number(process.env.BENCH_PLANS ?? 500);
const quietSeconds = Number(process.env.BENCH_QUIET_SECONDS ?? 20);

await ensureBuild();
const { base, url, pairs, server, stop } = await startPlanServer(plans);

try {
  const paragraph =
    "Jeg vil gerne blive tryg i at lede morgenmødet og give mine kolleger en god overlevering, så børnene møder de samme voksne og de samme aftaler hele dagen. ";
  const content = {
    startWith: "mestring",
    expectations: paragraph,
    goals: paragraph.repeat(3),
    evaluation: "Det var godt at skrive planen sammen.",
    followUpDate: "2027-09-15",
    actions: [1, 2].map((n) => ({
      what: `Øvebane ${n}: ${paragraph}`,
      how: paragraph,
      support: "Sparring med lederen",
      who: "Medarbejderen og lederen",
      byWhen: "2027-05-01",
      waitsForWrapUp: false,
      carriedFrom: "",
      subtasks: [{ text: "Aftale de første datoer", state: "done" }],
    })),
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt") select gen_random_uuid(), id, 1, $1, 'bench', now() from unnest($2::uuid[]) as v(id)`,
    [JSON.stringify(content), pairs.map((pair) => pair.planId)],
  );
  const hr = (await client.query<{ id: string }>(`select id from "Person" where email = 'birgitte.dalsgaard@vesteraa.example'`)).rows[0].id;
  const sid = (
    await client.query<{ id: string }>(
      `insert into "AuthSession" (id, "personId", provider) values (gen_random_uuid(), $1, 'bench') returning id`,
      [hr],
    )
  ).rows[0].id;
  await client.end();
  const hrCookie = `next-auth.session-token=${await encode({ token: { sub: hr, sid }, secret: benchSecret })}`;
  const exportUrl = `${base}/api/hr/eksport?runde=${pairs[0].roundId}`;

  const other = pairs[1].employee;
  for (let warm = 0; warm < 5; warm += 1)
    await fetch(`${base}/`, { headers: { cookie: other.cookie } }).then((response) => response.arrayBuffer());
  // One small export first, so the fonts and the PDF modules are loaded before anything is timed.
  await fetch(exportUrl, { headers: { cookie: hrCookie } }).then((response) => response.body?.cancel());

  const probeOptions = { base, cookie: other.cookie, pagePath: "/", serverPid: server.pid! };
  const quietProbe = startProbe(probeOptions);
  await new Promise((resolve) => setTimeout(resolve, quietSeconds * 1000));
  const quiet = await quietProbe.stop();

  async function exportOnce(): Promise<{ seconds: number; bytes: number }> {
    const { stdout } = await run(process.execPath, [new URL("./support/download.mjs", import.meta.url).pathname, exportUrl, hrCookie]);
    return JSON.parse(stdout);
  }

  // With every PDF stored one export is over in about a second, a handful of the other user's
  // requests: it runs back to back for BENCH_STORED_SECONDS so that their p95 rests on as many.
  const storedSeconds = Number(process.env.BENCH_STORED_SECONDS ?? 20);
  for (const pass of ["no PDF stored", "every PDF stored"] as const) {
    const rssBefore = treeRss(server.pid!) / 1024 / 1024;
    const loadedProbe = startProbe(probeOptions);
    const runs = [await exportOnce()];
    while (pass === "every PDF stored" && runs.reduce((sum, run) => sum + run.seconds, 0) < storedSeconds) runs.push(await exportOnce());
    const loaded = await loadedProbe.stop();
    const seconds = runs.reduce((sum, run) => sum + run.seconds, 0) / runs.length;
    const slowest = Math.max(...runs.map((run) => run.seconds));
    const times = runs.length > 1 ? ` on average over ${runs.length} exports back to back (slowest ${slowest.toFixed(1)} s)` : "";
    console.log(
      `\nZIP of ${plans} signed plans, ${pass}: ${seconds.toFixed(1)} s${times} (${((seconds * 1000) / plans).toFixed(0)} ms a plan), ${(runs[0].bytes / 1024 / 1024).toFixed(1)} MB; server RSS before ${rssBefore.toFixed(0)} MB`,
    );
    reportProbe(
      `another user's front page (/) and /api/health every 200 ms: quiet ${quiet.seconds.toFixed(0)} s vs during the export (${pass})`,
      quiet,
      loaded,
    );
  }
} finally {
  stop();
}
process.exit(0);
