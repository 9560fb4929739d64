import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { appServerArgs } from "../../../lib/cli/process";
import { freePort } from "../../support/postgres";
import { benchOnEmbedded, benchRound, startBenchDatabase } from "./bench-database";

// What the plan benchmarks stand on: a throwaway Postgres with the demo organisation, `pairs`
// employees in one published round with their plans, a signed-in session for each party, and the
// production build served by the app's own server (lib/server/main.ts, as `npm start` runs it;
// built first if it is not), as one instance or several on the same database.

export const benchSecret = "bench-secret-that-is-long-enough-for-next-auth";
export type Party = { personId: string; cookie: string; token: string };
export type Pair = { planId: string; participantId: string; roundId: string; leader: Party; employee: Party };
export type AppInstance = { base: string; server: ChildProcess };
export type PlanServer = {
  base: string;
  url: string;
  pairs: Pair[];
  server: ChildProcess;
  instances: AppInstance[];
  stopApp: () => Promise<void>;
  stop: () => void;
};

/** One instance of the app's production server on `port`, on the bench database, once it answers. */
async function startInstance(url: string, port: number, serverArgs: string[]): Promise<AppInstance> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", [...serverArgs, ...appServerArgs(port, "127.0.0.1")], {
    // On the embedded database, one pooled connection, as `npm start` runs it.
    env: {
      ...process.env,
      ...(benchOnEmbedded ? { DATABASE_POOL_MAX: "1", EMBEDDED_DATABASE: "1" } : {}),
      NODE_ENV: "production",
      DATABASE_URL: url,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: benchSecret,
      JOBS_INTERVAL_SECONDS: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (
    let tries = 0;
    !(await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    ));
    tries += 1
  ) {
    if (tries > 300) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, server };
}

function stopInstance(instance: AppInstance): Promise<void> {
  if (instance.server.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => instance.server.once("exit", () => resolve()));
  instance.server.kill("SIGTERM");
  return exited;
}

export async function startPlanServer(pairs: number, serverArgs: string[] = [], count = 1): Promise<PlanServer> {
  if (!existsSync(".next/BUILD_ID")) spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  const bench = await startBenchDatabase();
  const { createPrismaClient } = await import("../../../lib/db-client");
  const { ensurePlan } = await import("../../../lib/domain/plans/live/store");
  const { openSession } = await import("../../../lib/auth/sessions");
  const url = bench.url;
  const setup = createPrismaClient(url, benchOnEmbedded ? 1 : 4);
  const { leader, roundId, participants } = await benchRound(setup, pairs);
  const party = async (personId: string): Promise<Party> => {
    const sid = await openSession(setup, personId, "bench");
    const token = await encode({ token: { sub: personId, sid }, secret: benchSecret });
    return { personId, token, cookie: `next-auth.session-token=${token}` };
  };
  const all: Pair[] = [];
  for (const participant of participants) {
    all.push({
      planId: await ensurePlan(setup, participant.id),
      participantId: participant.id,
      roundId,
      leader: await party(leader.id),
      employee: await party(participant.personId),
    });
  }
  await setup.$disconnect();

  const instances: AppInstance[] = [];
  for (let index = 0; index < count; index += 1) instances.push(await startInstance(url, await freePort(), serverArgs));
  return {
    base: instances[0].base,
    url,
    pairs: all,
    server: instances[0].server,
    instances,
    // The app only, leaving the database for the minimal server measured after it.
    stopApp: async () => {
      await Promise.all(instances.map(stopInstance));
    },
    stop: () => {
      for (const instance of instances) instance.server.kill("SIGTERM");
      bench.stop();
    },
  };
}
