import { loadavg } from "node:os";
import pg from "pg";
import { benchRound, startBenchDatabase } from "./support/bench-database";

// The autosave path under load: 200 people typing in their sheets at once, each save a real
// transaction (row lock, policy, field rules, per-field revisions, audit row) against Postgres,
// through one app instance's connection pool (DATABASE_POOL_MAX, 10 by default). Then, in the same
// run and on the same sheets and pool size, the floor: a minimal program doing one UPDATE with the
// revision check in a transaction per save, so the ratio holds whatever else the machine is doing.
// Run with `npm run bench:autosave` (starts and removes its own throwaway Postgres);
// BENCH_PAUSE_MS=700 paces each writer as the browser does.

const writers = Number(process.env.BENCH_WRITERS ?? 200);
const savesPerWriter = 25;
const typingPauseMs = Number(process.env.BENCH_PAUSE_MS ?? 50); // between a writer's saves; the browser sends at most one batch per ~0.7 s
const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10);
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")} (2 cores)`;

type Participant = { id: string; personId: string; group: { questions: { id: string }[] } };
type Figures = { p50: number; p95: number; p99: number; max: number; perSecond: number; errors: number; conflicts: number };

/** Every writer saves `savesPerWriter` times with a pause between; `save` returns the conflicts it met. */
async function runWriters(
  participants: Participant[],
  save: (participant: Participant, writer: number, index: number) => Promise<number>,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let conflicts = 0;
  const started = performance.now();
  await Promise.all(
    participants.map(async (participant, writer) => {
      // People do not start typing in the same millisecond: spread the first save over one pause.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * typingPauseMs));
      for (let index = 0; index < savesPerWriter; index += 1) {
        const begin = performance.now();
        try {
          conflicts += await save(participant, writer, index);
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
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies[latencies.length - 1],
    perSecond: latencies.length / seconds,
    errors,
    conflicts,
  };
}

function report(label: string, figures: Figures) {
  const ms = (value: number) => value.toFixed(1);
  console.log(`\n${label}`);
  console.log(
    `  ${figures.perSecond.toFixed(0)} saves/s; latency ms: p50 ${ms(figures.p50)}, p95 ${ms(figures.p95)}, p99 ${ms(figures.p99)}, max ${ms(figures.max)}`,
  );
  console.log(`  errors ${figures.errors}, conflicts ${figures.conflicts}`);
}

const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { saveSheetChanges } = await import("../../lib/domain/sheets/mutations");
try {
  const url = bench.url;
  const setup = createPrismaClient(url, 4);
  const { roundId, participants } = await benchRound(setup, writers);
  await setup.$disconnect();
  console.log(`pause ${typingPauseMs} ms, writers ${writers}, ${savesPerWriter} saves each, pool ${poolMax}; ${load()}`);

  const database = createPrismaClient(url, poolMax);
  const revisions = new Map<string, number>();
  const texts = new Map<string, string>();
  const app = await runWriters(participants, async (participant, writer, index) => {
    const actor = { id: participant.personId, active: true, roles: [] as never[] };
    const key = `answer.${participant.group.questions[0].id}.contribute`;
    const text = `${texts.get(participant.id) ?? ""}Ord ${index} fra skriver ${writer}. `;
    texts.set(participant.id, text);
    const result = await saveSheetChanges(database, actor, participant.id, [
      { key, value: text, baseRevision: revisions.get(participant.id) ?? 0 },
      { key: "score.mestring", value: (index % 10) + 1, baseRevision: index },
    ]);
    revisions.set(participant.id, result.saved[key] ?? revisions.get(participant.id) ?? 0);
    return result.conflicts.length;
  });
  report(`the app (saveSheetChanges, the server action's mutation); ${load()}`, app);
  const check = createPrismaClient(url, 1);
  const stored = await check.preparationSheet.count({ where: { participant: { roundId } } });
  console.log(`  sheets stored ${stored}; audit rows ${await check.auditEvent.count({ where: { action: "sheet.update" } })}`);
  await check.$disconnect();
  await database.$disconnect();

  // The floor: the same two fields with their revisions, on the same rows, one statement per save.
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  const floorTexts = new Map<string, string>();
  const minimal = await runWriters(participants, async (participant, writer, index) => {
    const text = `${floorTexts.get(participant.id) ?? ""}Ord ${index} fra skriver ${writer}. `;
    floorTexts.set(participant.id, text);
    const client = await pool.connect();
    try {
      await client.query("begin");
      const { rowCount } = await client.query(
        `update "PreparationSheet" set fields = fields || jsonb_build_object('floor.text', $2::text, 'floor.score', $3::int),
           revisions = revisions || jsonb_build_object('floor.text', $4::int + 1, 'floor.score', $4::int + 1), "updatedAt" = now()
         where "participantId" = $1::uuid and coalesce((revisions->>'floor.text')::int, 0) = $4 and coalesce((revisions->>'floor.score')::int, 0) = $4`,
        [participant.id, text, (index % 10) + 1, index],
      );
      await client.query("commit");
      return rowCount === 1 ? 0 : 1;
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  });
  report(`the minimal program (one UPDATE with the revision check in a transaction, pool ${poolMax}); ${load()}`, minimal);
  await pool.end();

  console.log(
    `\napp / minimal: p50 ${(app.p50 / minimal.p50).toFixed(1)}x, p95 ${(app.p95 / minimal.p95).toFixed(1)}x, saves/s ${(minimal.perSecond / app.perSecond).toFixed(1)}x fewer`,
  );
  if (typingPauseMs >= 500) console.log(`target (browser-paced): p95 <= 50 ms (${app.p95 <= 50 ? "met" : "not met"})`);
  else console.log(`target (burst): >= 1,000 saves/s (${app.perSecond >= 1000 ? "met" : "not met"})`);
} finally {
  bench.stop();
}
