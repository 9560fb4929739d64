import { benchRound, startBenchDatabase } from "./support/bench-database";

// The autosave path under load: 200 people typing in their sheets at once, each save a real
// transaction (row lock, policy, field rules, per-field revisions, audit row) against Postgres,
// through one app instance's connection pool (DATABASE_POOL_MAX, 10 by default).
// Run with `npm run bench:autosave` (starts and removes its own throwaway Postgres).

const writers = Number(process.env.BENCH_WRITERS ?? 200);
const savesPerWriter = 25;
const typingPauseMs = Number(process.env.BENCH_PAUSE_MS ?? 50); // between a writer's saves; the browser sends at most one batch per ~0.7 s

const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { saveSheetChanges } = await import("../../lib/domain/sheets/mutations");
try {
  const url = bench.url;
  const setup = createPrismaClient(url, 4);
  const { roundId, participants } = await benchRound(setup, writers);
  await setup.$disconnect();

  const database = createPrismaClient(url, Number(process.env.DATABASE_POOL_MAX ?? 10));
  const latencies: number[] = [];
  let errors = 0;
  let conflicts = 0;
  const started = performance.now();
  await Promise.all(
    participants.map(async (participant, writer) => {
      const actor = { id: participant.personId, active: true, roles: [] as never[] };
      const key = `answer.${participant.group.questions[0].id}.contribute`;
      let revision = 0;
      let text = "";
      // People do not start typing in the same millisecond: spread the first save over one pause.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * typingPauseMs));
      for (let save = 0; save < savesPerWriter; save += 1) {
        text += `Ord ${save} fra skriver ${writer}. `;
        const begin = performance.now();
        try {
          const result = await saveSheetChanges(database, actor, participant.id, [{ key, value: text, baseRevision: revision }, { key: "score.mestring", value: (save % 10) + 1, baseRevision: save }]);
          revision = result.saved[key] ?? revision;
          conflicts += result.conflicts.length;
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(String(error));
        }
        latencies.push(performance.now() - begin);
        await new Promise((resolve) => setTimeout(resolve, typingPauseMs));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(`pause ${typingPauseMs} ms, writers ${writers}, saves ${latencies.length} (${savesPerWriter} each), pool ${process.env.DATABASE_POOL_MAX ?? 10}, ${seconds.toFixed(1)} s, ${(latencies.length / seconds).toFixed(0)} saves/s`);
  console.log(`latency ms: p50 ${at(50)}, p95 ${at(95)}, p99 ${at(99)}, max ${latencies[latencies.length - 1].toFixed(1)}`);
  console.log(`errors ${errors}, conflicts ${conflicts}`);
  const check = createPrismaClient(url, 1);
  const stored = await check.preparationSheet.count({ where: { participant: { roundId } } });
  console.log(`sheets stored ${stored}; audit rows ${await check.auditEvent.count({ where: { action: "sheet.update" } })}`);
  await check.$disconnect();
  await database.$disconnect();
} finally {
  bench.stop();
}
