import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensurePrismaClient } from "../../../lib/cli/prepare";
import { startEmbeddedDatabase } from "../../../lib/embedded-db/server";
import type { Database } from "../../../lib/db-client";
import { applyMigrations } from "../../../lib/migrations/apply";
import { createDatabase, startTestPostgres } from "../../support/postgres";

async function runOnce(url: string, statement: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

// What the benchmarks stand on: a throwaway Postgres with every migration applied, and (for the
// round benchmarks) the demo organisation with `people` extra employees under Mette Søndergård in
// one published MUS round.

/** BENCH_DATABASE=embedded measures on the embedded database `npm start` uses by default. */
export const benchOnEmbedded = process.env.BENCH_DATABASE === "embedded";

export async function startBenchDatabase(): Promise<{ url: string; stop: () => void }> {
  await ensurePrismaClient();
  if (benchOnEmbedded) {
    const dir = mkdtempSync(join(tmpdir(), "mus-bench-embedded-"));
    const embedded = await startEmbeddedDatabase(join(dir, "data"));
    await applyMigrations(embedded.url);
    return { url: embedded.url, stop: () => void embedded.stop().finally(() => rmSync(dir, { recursive: true, force: true })) };
  }
  const postgres = await startTestPostgres();
  try {
    await createDatabase(postgres.serverUrl, "bench");
    const url = postgres.urlFor("bench");
    await applyMigrations(url);
    if (process.env.BENCH_PG_STATEMENTS) await runOnce(url, "create extension if not exists pg_stat_statements");
    return { url, stop: () => postgres.stop() };
  } catch (error) {
    postgres.stop();
    throw error;
  }
}

export async function benchRound(database: Database, people: number) {
  const { seedDemoOrganisation } = await import("../../../prisma/seed/seed");
  const { actorFor, publishedRound } = await import("../../support/rounds");
  await seedDemoOrganisation(database);
  const leader = await database.person.findUniqueOrThrow({ where: { email: "mette.soendergaard@vesteraa.example" } });
  await database.person.createMany({
    data: Array.from({ length: people }, (_, index) => ({
      municipalityId: leader.municipalityId,
      unitId: leader.unitId,
      managerId: leader.id,
      name: `Medarbejder Æblehøj ${index + 1}`,
      jobTitle: "Pædagog",
      email: `bench${index + 1}@vesteraa.example`,
    })),
  });
  const roundId = await publishedRound(database, await actorFor(database, leader.email!));
  const participants = await database.roundParticipant.findMany({
    where: { roundId, person: { email: { startsWith: "bench" } } },
    select: { id: true, personId: true, group: { select: { questions: { select: { id: true }, take: 1 } } } },
  });
  return { leader, roundId, participants };
}
