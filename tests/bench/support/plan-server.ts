import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { ensurePrismaClient } from "../../../lib/cli/prepare";
import { applyMigrations } from "../../../lib/migrations/apply";
import { createDatabase, freePort, startTestPostgres } from "../../support/postgres";

// What the plan benchmarks stand on: a throwaway Postgres with the demo organisation, `pairs`
// employees in one published round with their plans, a signed-in session for each party, and the
// production build served by `next start` (built first if it is not).

export const benchSecret = "bench-secret-that-is-long-enough-for-next-auth";
export type Party = { personId: string; cookie: string; token: string };
export type Pair = { planId: string; participantId: string; roundId: string; leader: Party; employee: Party };
export type PlanServer = { base: string; url: string; pairs: Pair[]; server: ChildProcess; stop: () => void };

export async function startPlanServer(pairs: number, serverArgs: string[] = []): Promise<PlanServer> {
  if (!existsSync(".next/BUILD_ID")) spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  await ensurePrismaClient();
  const { createPrismaClient } = await import("../../../lib/db-client");
  const { seedDemoOrganisation } = await import("../../../prisma/seed/seed");
  const { ensurePlan } = await import("../../../lib/domain/plans/store");
  const { openSession } = await import("../../../lib/auth/sessions");
  const { actorFor, publishedRound } = await import("../../support/rounds");

  const postgres = await startTestPostgres();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  await createDatabase(postgres.serverUrl, "bench");
  const url = postgres.urlFor("bench");
  await applyMigrations(url);
  const setup = createPrismaClient(url, 4);
  await seedDemoOrganisation(setup);
  const leader = await setup.person.findUniqueOrThrow({ where: { email: "mette.soendergaard@vesteraa.example" } });
  await setup.person.createMany({
    data: Array.from({ length: pairs }, (_, index) => ({
      municipalityId: leader.municipalityId, unitId: leader.unitId, managerId: leader.id, name: `Medarbejder ${index + 1}`, email: `bench${index + 1}@vesteraa.example`,
    })),
  });
  const roundId = await publishedRound(setup, await actorFor(setup, leader.email));
  const participants = await setup.roundParticipant.findMany({ where: { roundId, person: { email: { startsWith: "bench" } } }, select: { id: true, personId: true } });
  const party = async (personId: string): Promise<Party> => {
    const sid = await openSession(setup, personId, "bench");
    const token = await encode({ token: { sub: personId, sid }, secret: benchSecret });
    return { personId, token, cookie: `next-auth.session-token=${token}` };
  };
  const all: Pair[] = [];
  for (const participant of participants) {
    all.push({ planId: await ensurePlan(setup, participant.id), participantId: participant.id, roundId, leader: await party(leader.id), employee: await party(participant.personId) });
  }
  await setup.$disconnect();

  const server = spawn("node", [...serverArgs, "node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: benchSecret, JOBS_INTERVAL_SECONDS: "0", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let tries = 0; !(await fetch(`${base}/api/health`).then((response) => response.ok, () => false)); tries += 1) {
    if (tries > 300) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    url,
    pairs: all,
    server,
    stop: () => {
      server.kill("SIGTERM");
      postgres.stop();
    },
  };
}
