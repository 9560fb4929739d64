import { parse as parseStream } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { parseCsv } from "../../lib/domain/people/import/parse-csv";
import { timeSlicer } from "../../lib/jobs/time-slice";
import { largeOrganisation, peopleCsv } from "../support/people-csv";

// Our CSV reader against csv-parse on a 40,000-row HR file (semicolons, every 50th job title quoted
// with a separator and a line break in it), in one run: each reader five times, interleaved, the
// median reported, and the ratio own/library. Run with `npm run bench:csv` (no database).

const units = Array.from({ length: 40 }, (_, index) => `Enhed ${index + 1}`);
const people = largeOrganisation(40_000, units).map((person, index) =>
  index % 50 === 0 ? { ...person, jobTitle: "Leder; Vest\r\nog Nord" } : person,
);
const text = peopleCsv(people);
const options = { delimiter: ";", relax_column_count: true, skip_empty_lines: true, bom: true } as const;

const readers: Record<string, () => Promise<number>> = {
  "own, time-sliced (as in production)": async () => (await parseCsv(text)).rows.length + 1,
  "own, no pauses": async () => (await parseCsv(text, () => undefined)).rows.length + 1,
  "csv-parse sync (blocks the thread)": async () => (parseSync(text, options) as string[][]).length,
  "csv-parse stream, time-sliced": async () => {
    const pause = timeSlicer();
    let count = 0;
    const parser = parseStream(options);
    parser.end(text);
    for await (const record of parser) {
      if (record) count++;
      await pause();
    }
    return count;
  },
};

const times: Record<string, number[]> = Object.fromEntries(Object.keys(readers).map((name) => [name, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, read] of Object.entries(readers)) {
    const started = performance.now();
    const records = await read();
    times[name].push(performance.now() - started);
    if (records !== people.length + 1) throw new Error(`${name}: ${records} records, expected ${people.length + 1}`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`file: ${people.length} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB; median of 5 runs`);
for (const name of Object.keys(readers)) console.log(`${name.padEnd(38)} ${median(times[name]).toFixed(0).padStart(6)} ms`);
const own = median(times["own, time-sliced (as in production)"]);
console.log(`ratio own/csv-parse stream (both time-sliced): ${(own / median(times["csv-parse stream, time-sliced"])).toFixed(2)}`);
console.log(`ratio own/csv-parse sync: ${(own / median(times["csv-parse sync (blocks the thread)"])).toFixed(2)}`);
