import { startBenchDatabase } from "./support/bench-database";
import { largeOrganisation, peopleCsv, utf8 } from "../support/people-csv";

// How long a 5,000-person HR file takes: the preview, the first import, and the same file again.
// Run with `npm run bench:import` (starts and removes its own throwaway Postgres).

const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { previewImport } = await import("../../lib/domain/people/import/preview");
const { applyImport } = await import("../../lib/domain/people/import/apply");

try {
  const database = createPrismaClient(bench.url, 4);
  const municipality = await database.municipality.create({ data: { name: "Benchmark Kommune" } });
  const area = await database.unit.create({ data: { municipalityId: municipality.id, name: "Område", kind: "AREA" } });
  const units = Array.from({ length: 40 }, (_, index) => `Enhed ${index + 1}`);
  await database.unit.createMany({
    data: units.map((name) => ({ municipalityId: municipality.id, name, kind: "UNIT" as const, parentId: area.id })),
  });
  const admin = await database.person.create({
    data: { municipalityId: municipality.id, name: "Direktør Dalgaard", email: "direktoer@stor.example" },
  });
  const file = utf8(peopleCsv(largeOrganisation(5000, units)), true);

  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    console.log(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return result;
  };

  for (const round of ["first import (4,999 new)", "same file again (no change)"]) {
    const preview = await time(`preview, ${round}`, () => previewImport(database, file, municipality.id, admin.id));
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors.slice(0, 3)));
    const outcome = await time(`apply,   ${round}`, () =>
      applyImport(database, {
        rows: preview.rows,
        fingerprint: preview.plan.fingerprint,
        municipalityId: municipality.id,
        actorId: admin.id,
      }),
    );
    console.log(`  → ${JSON.stringify(outcome)}`);
  }
  console.log(`file size: ${(file.length / 1024).toFixed(0)} KiB, people in database: ${await database.person.count()}`);
  await database.$disconnect();
} finally {
  bench.stop();
}
