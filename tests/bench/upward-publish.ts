import { randomUUID } from "node:crypto";
import { publishRound } from "@/lib/domain/rounds/mutations/publish";
import { loadUpwardResults } from "@/lib/domain/upward/data";
import { saveUpwardSettings } from "@/lib/domain/upward/mutations";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { ownerDatabase, resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, publishedRound } from "../support/rounds";

// Upward input's cost where it lands: publishing a LUS round of BENCH_LEADERS (40) leaders with
// BENCH_TEAM (20) employees each, with upward input (a query per team and 800 mails queued in the
// same transaction) against the same round without it (the baseline); then the results as a leader
// reads them after the window. On the dev database (tests/support/dev-postgres.ts); it is emptied.
// node --conditions=react-server --import tsx tests/bench/upward-publish.ts

const leaders = Number(process.env.BENCH_LEADERS ?? 40);
const team = Number(process.env.BENCH_TEAM ?? 20);
const database = testDatabase();
await resetDatabase(ownerDatabase());
await seedDemoOrganisation(database);
const bjoern = await actorFor(database, demoEmail("bjoern.kjaersgaard"));
const chief = await database.person.findUniqueOrThrow({ where: { id: bjoern.id } });
for (let leader = 0; leader < leaders; leader += 1) {
  const id = randomUUID();
  await database.person.create({
    data: {
      id,
      municipalityId: chief.municipalityId,
      name: `Leder ${leader}`,
      email: `bench.leder.${leader}@vesteraa.example`,
      managerId: bjoern.id,
      unitId: chief.unitId,
    },
  });
  await database.person.createMany({
    data: Array.from({ length: team }, (_, index) => ({
      municipalityId: chief.municipalityId,
      name: `Ansat ${leader}.${index}`,
      email: `bench.ansat.${leader}.${index}@vesteraa.example`,
      managerId: id,
      unitId: chief.unitId,
    })),
  });
}
const version = async (roundId: string) => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;
async function timedPublish(year: number, upward: boolean) {
  const roundId = await publishedRound(database, bjoern, { kind: "LUS", year, publish: false });
  if (upward)
    await saveUpwardSettings(
      database,
      { actor: bjoern, roundId, version: await version(roundId) },
      { enabled: true, closesOn: `${year}-01-20` },
    );
  const started = performance.now();
  await publishRound(database, { actor: bjoern, roundId, version: await version(roundId) });
  return { roundId, ms: performance.now() - started };
}
const runs: { without: number[]; with: number[] } = { without: [], with: [] };
let lastWith = "";
for (let run = 0; run < 5; run += 1) {
  runs.without.push((await timedPublish(2030 + run * 2, false)).ms);
  const withUpward = await timedPublish(2031 + run * 2, true);
  runs.with.push(withUpward.ms);
  lastWith = withUpward.roundId;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `publish, ${leaders} leaders x ${team}: without ${median(runs.without).toFixed(0)} ms, with upward ${median(runs.with).toFixed(0)} ms (median of 5), ratio ${(median(runs.with) / median(runs.without)).toFixed(2)}`,
);

const participant = await database.roundParticipant.findFirstOrThrow({ where: { roundId: lastWith, person: { name: "Leder 0" } } });
await database.upwardAnswer.createMany({
  data: Array.from({ length: team }, (_, index) => ({
    participantId: participant.id,
    mestring: 1 + (index % 10),
    mening: 5,
    samhoerighed: 6,
    autonomi: 7,
    answer1: `Tekst ${index}`,
  })),
});
const leader0 = await actorFor(database, "bench.leder.0@vesteraa.example");
const after = new Date("2040-01-01T00:00:00Z");
const reads: number[] = [];
for (let read = 0; read < 50; read += 1) {
  const started = performance.now();
  await loadUpwardResults(database, leader0, participant.id, after);
  reads.push(performance.now() - started);
}
console.log(`results read (${team} answers): median ${median(reads).toFixed(1)} ms over 50`);
await database.$disconnect();
process.exit(0);
