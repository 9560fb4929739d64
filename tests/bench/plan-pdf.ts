import { benchRound, startBenchDatabase } from "./support/bench-database";

// The plan PDF: single-plan render time (p50/p95 over BENCH_RENDERS renders of a realistic plan)
// and HR's bulk export of BENCH_PLANS signed plans as one streamed ZIP, read from a throwaway
// Postgres the way the export route does (batches of 25, one PDF at a time): total time, size,
// and the process's peak resident memory. Run with `npm run bench:plan-pdf`.

const renders = Number(process.env.BENCH_RENDERS ?? 50);
const plans = Number(process.env.BENCH_PLANS ?? 500);

const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { ensurePlan } = await import("../../lib/domain/plans/store");
const { signedVersionsForExport } = await import("../../lib/domain/plans/filing");
const { latestSignedVersions } = await import("../../lib/domain/plans/hr");
const { renderPlanPdf } = await import("../../lib/pdf/plan");
const { zipStream } = await import("../../lib/pdf/zip-stream");
const { actorFor } = await import("../support/rounds");

const paragraph = "Jeg vil gerne blive tryg i at lede morgenmødet og give mine kolleger en god overlevering, så børnene møder de samme voksne og de samme aftaler hele dagen. ";
const content = {
  startWith: "mestring",
  expectations: paragraph,
  goals: paragraph.repeat(3),
  evaluation: "Det var godt at skrive planen sammen; vi gør det igen til næste år.",
  followUpDate: "2027-09-15",
  actions: [1, 2].map((n) => ({
    what: `Øvebane ${n}: ${paragraph}`, how: paragraph, support: "Sparring med lederen hver anden uge", who: "Medarbejderen og lederen", byWhen: "2027-05-01",
    waitsForWrapUp: n === 2, carriedFrom: "", subtasks: [{ text: "Aftale de første datoer", state: "done" as const }, { text: "Skrive en dagsorden", state: "started" as const }],
  })),
};

try {
  const database = createPrismaClient(bench.url, 4);
  const { leader, roundId, participants } = await benchRound(database, plans);
  const planIds = [];
  for (const participant of participants) planIds.push(await ensurePlan(database, participant.id));
  await database.planVersion.createMany({ data: planIds.map((planId) => ({ planId, number: 1, content, contentHash: "bench", signedAt: new Date() })) });
  const hr = await actorFor(database, "birgitte.dalsgaard@vesteraa.example");
  const versions = await latestSignedVersions(database, leader.municipalityId, { roundId });

  // Single renders (the first warms the fonts and modules up and is not counted).
  const [first] = await (async () => { const out = []; for await (const plan of signedVersionsForExport(database, hr, [versions[0].versionId])) out.push(plan); return out; })();
  await renderPlanPdf(first.data);
  const times: number[] = [];
  for (let index = 0; index < renders; index += 1) {
    const start = performance.now();
    await renderPlanPdf(first.data);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(0);
  console.log(`single plan (${content.actions.length} practice actions, every value a form field): p50 ${at(50)} ms, p95 ${at(95)} ms over ${renders} renders`);

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  async function* entries() {
    for await (const plan of signedVersionsForExport(database, hr, versions.map((version) => version.versionId))) yield { name: plan.fileName, bytes: () => renderPlanPdf(plan.data) };
  }
  let bytes = 0;
  const reader = zipStream(entries()).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  console.log(`bulk export of ${versions.length} signed plans: ${seconds.toFixed(1)} s (${((seconds * 1000) / versions.length).toFixed(0)} ms a plan), ZIP ${(bytes / 1024 / 1024).toFixed(1)} MB; resident memory ${(startRss / 1024 / 1024).toFixed(0)} MB before, peak ${(peak / 1024 / 1024).toFixed(0)} MB`);
  await database.$disconnect();
} finally {
  bench.stop();
}
process.exit(0);
