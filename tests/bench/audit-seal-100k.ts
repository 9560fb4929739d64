import { startBenchDatabase } from "./support/bench-database";

// One sealing pass over 100,000 audit rows (batches of 5,000), then a full verification of them.
// Run with `npm run bench:audit-seal` (starts and removes its own throwaway Postgres; BENCH_ROWS).

const rowCount = Number(process.env.BENCH_ROWS ?? 100_000);
const bench = await startBenchDatabase();
const { createPrismaClient, withSqlTransaction } = await import("../../lib/db-client");
const { sealAuditLog } = await import("../../lib/audit/seal");
const { verifyAuditLog } = await import("../../lib/audit/verify");

try {
  const database = createPrismaClient(bench.url, 2);
  // Rows shaped like a sheet autosave's, stamped ten minutes ago so that all are past the margin.
  await database.$executeRawUnsafe(
    `insert into "AuditEvent" (at, action, "resourceKind", "resourceId", "subjectId", purpose, details)
     select (now() - interval '10 minutes') at time zone 'UTC', 'sheet.update', 'sheet', gen_random_uuid()::text,
            null, case when n % 3 = 0 then 'autosave' end,
            jsonb_build_object('fields', jsonb_build_array('dimension.' || (n % 4), 'question.' || n), 'revision', n, 'note', 'æøå "citat"')
     from generate_series(1, $1::int) as n`,
    rowCount,
  );

  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    console.log(`${label.padEnd(36)} ${((performance.now() - started) / 1000).toFixed(2)} s  ${JSON.stringify(result)}`);
    return result;
  };
  await time(`seal ${rowCount} rows`, () => sealAuditLog(database));
  await time("seal again (nothing new)", () => sealAuditLog(database));
  await time("verify every row against its seal", async () => {
    const report = await withSqlTransaction(database, (sql) => verifyAuditLog(sql));
    return { ok: report.ok, rows: report.rows, seals: report.seals.length };
  });
  await database.$disconnect();
} finally {
  bench.stop();
}
