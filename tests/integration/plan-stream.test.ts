import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { ensurePlan } from "@/lib/domain/plans/live/store";
import { planListenerCount } from "@/lib/realtime/plan-hub";
import { drainPlanStreams, maxStreamsPerSession, openPlanStreams, planEventStream, PlanStreamLimit } from "@/lib/realtime/plan-stream";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound } from "../support/rounds";

// A live stream holds a hub subscription, a heartbeat and a session re-check. A browser that leaves
// while its stream is still starting must leave none of them behind (they used to run until the
// server restarted), and one session, or the whole process, may hold only so many streams.

// Read lazily by lib/env.ts, so setting them here, before the first database use, is enough.
process.env.JOBS_INTERVAL_SECONDS = "0"; // no background timers of the job loop in the count
process.env.PLAN_STREAMS_MAX = "15";

const database = testDatabase();

// The stream's timers are intervals; count the ones alive (the database pool uses timeouts only).
const liveIntervals = new Set<unknown>();
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
beforeAll(() => {
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const timer = realSetInterval(...args);
    liveIntervals.add(timer);
    return timer;
  }) as typeof setInterval;
  globalThis.clearInterval = ((timer?: Parameters<typeof clearInterval>[0]) => {
    liveIntervals.delete(timer);
    realClearInterval(timer);
  }) as typeof clearInterval;
});

let setting: { aase: SessionActor; mette: SessionActor; planId: string };
beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  const { mette, aase, participant } = await aaseInMettesRound(database);
  const session = (actor: typeof aase): SessionActor => ({ ...actor, name: "", email: "", municipalityId: "", sessionId: randomUUID() });
  setting = { aase: session(aase), mette: session(mette), planId: await ensurePlan(db(), participant.id) };
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settled() {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && (openPlanStreams() > 0 || planListenerCount() > 0 || liveIntervals.size > 0)) await sleep(20);
  return { open: openPlanStreams(), listeners: planListenerCount(), intervals: liveIntervals.size };
}

afterEach(async () => {
  expect(await settled()).toEqual({ open: 0, listeners: 0, intervals: 0 });
});

describe("the plan's live stream", () => {
  it("leaves no timer, subscription or slot behind when clients leave at any moment of its start", async () => {
    const { aase, planId } = setting;
    const ways = [
      // cancelled by the reader as soon as it has the stream (the start is still awaiting)
      async () => (await planEventStream(aase, planId, randomUUID(), new AbortController().signal)).cancel(),
      // the request aborted right after the stream was made
      async () => {
        const abort = new AbortController();
        const stream = planEventStream(aase, planId, randomUUID(), abort.signal);
        await stream;
        abort.abort();
      },
      // the request aborted before the stream was even made
      async () => {
        const abort = new AbortController();
        const stream = planEventStream(aase, planId, null, abort.signal);
        abort.abort();
        await (await stream).cancel();
      },
      // aborted a little later, after the first event was read
      async () => {
        const abort = new AbortController();
        const reader = (await planEventStream(aase, planId, randomUUID(), abort.signal)).getReader();
        await reader.read();
        await sleep(Math.random() * 30);
        abort.abort();
      },
    ];
    // Fewer at once than the session's cap, many in all.
    for (let batch = 0; batch < 10; batch += 1) await Promise.all(ways.flatMap((way) => [way(), way()]).slice(0, maxStreamsPerSession));
    await sleep(100); // let any start still awaiting finish what it would do
  });

  it("records each party's opening of the plan's stream in the log, and nothing for a refused one", async () => {
    const { aase, mette, planId } = setting;
    const abort = new AbortController();
    const reader = (await planEventStream(aase, planId, null, abort.signal)).getReader();
    await reader.read();
    abort.abort();
    const outsider = { ...mette, id: randomUUID(), sessionId: randomUUID() };
    await expect(planEventStream(outsider, planId, null, new AbortController().signal)).rejects.toThrow();
    const reads = await database.auditEvent.findMany({
      where: { action: "plan.read" },
      select: { actorId: true, subjectId: true, resourceId: true, details: true },
    });
    expect(reads).toEqual([{ actorId: aase.id, subjectId: aase.id, resourceId: planId, details: { via: "stream" } }]);
  });

  it("is capped per session (429) and per process (503); a closed stream frees its place", async () => {
    const { aase, mette, planId } = setting;
    const held: AbortController[] = [];
    const open = async (actor: SessionActor) => {
      const abort = new AbortController();
      const reader = (await planEventStream(actor, planId, null, abort.signal)).getReader();
      await reader.read(); // started
      held.push(abort);
    };
    for (let n = 0; n < maxStreamsPerSession; n += 1) await open(aase);
    await expect(open(aase)).rejects.toEqual(new PlanStreamLimit("session"));
    // Another session of another person is counted apart, up to the process's limit (15 here).
    for (let n = 0; n < 5; n += 1) await open(mette);
    await expect(open({ ...mette, sessionId: randomUUID() })).rejects.toEqual(new PlanStreamLimit("process"));
    expect(openPlanStreams()).toBe(15);
    expect(planListenerCount()).toBe(15);
    held.shift()!.abort();
    await open(aase);
    for (const abort of held) abort.abort();
  });

  it("ends every open stream on shutdown with a hint to reconnect soon, and frees all it held", async () => {
    const { aase, mette, planId } = setting;
    const readers = [aase, mette].map(async (actor) =>
      (await planEventStream(actor, planId, null, new AbortController().signal)).getReader(),
    );
    const opened = await Promise.all(readers);
    for (const reader of opened) await reader.read(); // started
    expect(drainPlanStreams()).toBe(2);
    const decoder = new TextDecoder();
    for (const reader of opened) {
      let rest = "";
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
      expect(rest).toMatch(/retry: \d+\n\n$/);
    }
    expect(drainPlanStreams()).toBe(0);
  });
});
