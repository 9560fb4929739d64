import { Worker } from "node:worker_threads";
import { benchRound, startBenchDatabase } from "./support/bench-database";

// The plan PDF, next to its floor (support/plan-pdf-floor.ts: pdf-lib alone writing the same
// fields with the same Noto Sans work), in one run:
// - one plan: the floor and the app's render taking turns (BENCH_RENDERS each), the render on the
//   PDF worker thread as a first download does it, and a download of a stored PDF (every later
//   one): p50/p95 and each p95 as a ratio to the floor's;
// - HR's ZIP of BENCH_PLANS signed plans, read from a throwaway Postgres the way the export route
//   does (batches of 25, one PDF at a time): first with nothing stored (every plan rendered and
//   stored), then again (every plan read): time, size, and the process's peak resident memory.
// Run with `npm run bench:plan-pdf` (NODE_ENV=production, as the server runs).

const renders = Number(process.env.BENCH_RENDERS ?? 50);
const plans = Number(process.env.BENCH_PLANS ?? 500);

const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { ensurePlan } = await import("../../lib/domain/plans/live/store");
const { signedVersionsForExport } = await import("../../lib/domain/plans/pdf/versions");
const { latestSignedVersions } = await import("../../lib/domain/plans/hr/data");
const { planPdfBytes } = await import("../../lib/domain/plans/pdf/stored");
const { renderPlanPdf } = await import("../../lib/pdf/plan");
const { renderPlanPdfOffThread, setPdfWorkerStarter } = await import("../../lib/pdf/render-off-thread");
const { fontBytes } = await import("../../lib/pdf/fonts");
const { warmUpRenders } = await import("../../lib/pdf/warm-up");
const { signedPlansZip } = await import("../../lib/domain/plans/pdf/downloads");
const { fieldsOf, floorPdf } = await import("./support/plan-pdf-floor");
const { actorFor } = await import("../support/rounds");

setPdfWorkerStarter(() => new Worker(new URL("./support/pdf-worker-under-tsx.mjs", import.meta.url)));

const paragraph =
  "Jeg vil gerne blive tryg i at lede morgenmødet og give mine kolleger en god overlevering, så børnene møder de samme voksne og de samme aftaler hele dagen. ";
const content = {
  startWith: "mestring",
  expectations: paragraph,
  goals: paragraph.repeat(3),
  evaluation: "Det var godt at skrive planen sammen; vi gør det igen til næste år.",
  followUpDate: "2027-09-15",
  actions: [1, 2].map((n) => ({
    what: `Øvebane ${n}: ${paragraph}`,
    how: paragraph,
    support: "Sparring med lederen hver anden uge",
    who: "Medarbejderen og lederen",
    byWhen: "2027-05-01",
    waitsForWrapUp: n === 2,
    carriedFrom: "",
    subtasks: [
      { text: "Aftale de første datoer", state: "done" as const },
      { text: "Skrive en dagsorden", state: "started" as const },
    ],
  })),
};

type Times = number[];
const at = (times: Times, p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
const line = (label: string, times: Times, floor?: Times) =>
  `  ${label.padEnd(44)} p50 ${at(times, 50).toFixed(1).padStart(6)} ms, p95 ${at(times, 95).toFixed(1).padStart(6)} ms` +
  (floor ? `  (p95 ${(at(times, 95) / at(floor, 95)).toFixed(2)}x the floor)` : "");
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

try {
  const database = createPrismaClient(bench.url, 4);
  const { leader, roundId, participants } = await benchRound(database, plans);
  const planIds = [];
  for (const participant of participants) planIds.push(await ensurePlan(database, participant.id));
  await database.planVersion.createMany({
    data: planIds.map((planId) => ({ planId, number: 1, content, contentHash: "bench", signedAt: new Date() })),
  });
  const hr = await actorFor(database, "birgitte.dalsgaard@vesteraa.example");
  const versions = await latestSignedVersions(database, leader.municipalityId, { roundId });

  // One plan. The first renders of each kind warm fonts, modules and V8's compiled code up and are
  // not counted: a running server's worker warms itself the same way when it starts (warm-up.ts).
  const found = [];
  for await (const plan of signedVersionsForExport(database, hr, [versions[0].versionId])) found.push(plan);
  const [first] = found;
  const fields = await fieldsOf(await renderPlanPdf(first.data));
  const [regular, bold] = [fontBytes(400), fontBytes(700)];
  for (let index = 0; index < warmUpRenders; index += 1) {
    await floorPdf(fields, regular, bold);
    await renderPlanPdf(first.data);
    await renderPlanPdfOffThread(first.data);
  }
  const floor: Times = [];
  const inThread: Times = [];
  for (let index = 0; index < renders; index += 1) {
    floor.push(await timed(() => floorPdf(fields, regular, bold)));
    inThread.push(await timed(() => renderPlanPdf(first.data)));
  }
  const offThread: Times = [];
  const stored: Times = [];
  await planPdfBytes(database, first.versionId, first.data);
  for (let index = 0; index < renders; index += 1) {
    offThread.push(await timed(() => renderPlanPdfOffThread(first.data)));
    stored.push(await timed(() => planPdfBytes(database, first.versionId, first.data)));
  }
  console.log(`one plan (${content.actions.length} practice actions, ${fields.length} form fields), ${renders} each:`);
  console.log(line("floor: pdf-lib, same fields and fonts", floor));
  console.log(line("render (renderPlanPdf, this thread)", inThread, floor));
  console.log(line("render on the PDF worker (first download)", offThread, floor));
  console.log(line("stored PDF read back (later downloads)", stored, floor));
  await database.planPdf.deleteMany();

  for (const pass of ["nothing stored (render + store each)", "all stored (read each)"]) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const startRss = process.memoryUsage().rss;
    const started = performance.now();
    // HR's export as its route makes it (lib/domain/plans/pdf/downloads.ts), read to the end.
    const { body } = await signedPlansZip(database, hr, leader.municipalityId, { roundId });
    let bytes = 0;
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `ZIP of ${versions.length} signed plans, ${pass}: ${seconds.toFixed(1)} s (${((seconds * 1000) / versions.length).toFixed(0)} ms a plan), ${(bytes / 1024 / 1024).toFixed(1)} MB; resident memory ${(startRss / 1024 / 1024).toFixed(0)} MB before, peak ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
  }
  await database.$disconnect();
} finally {
  bench.stop();
}
process.exit(0);
