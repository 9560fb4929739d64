import { startBenchDatabase } from "./support/bench-database";
import { copenhagen, seedMunicipality } from "./support/municipality-seed";

// `npm run bench:seed`: a municipality at a large city's size (40,000 people, 2,500 leaders, three
// years of rounds) on a throwaway Postgres, timed. SEED_DATABASE_URL seeds an empty, migrated
// database of your own instead (and leaves it), to look at the app at that size.

const own = process.env.SEED_DATABASE_URL;
const bench = own ? null : await startBenchDatabase();
try {
  const started = performance.now();
  const seeded = await seedMunicipality(own ?? bench!.url, copenhagen);
  const seconds = (performance.now() - started) / 1000;
  console.log(`Seeded ${copenhagen.people.toLocaleString("en")} people in ${seconds.toFixed(1)} s:`);
  for (const [table, count] of Object.entries(seeded.counts)) console.log(`  ${table.padEnd(18)} ${count.toLocaleString("en")}`);
} finally {
  bench?.stop();
}
