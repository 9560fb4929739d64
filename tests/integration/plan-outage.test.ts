import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import * as Y from "yjs";
import type { SessionActor } from "@/lib/auth/current";
import { openSession } from "@/lib/auth/sessions";
import { createPrismaClient, type Database } from "@/lib/db-client";
import { applyTextChange, planText } from "@/lib/domain/plans/doc";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/store";
import { createPlanHub, type PlanMessage } from "@/lib/realtime/plan-hub";
import { openPlanStreams, planEventStream } from "@/lib/realtime/plan-stream";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { createAppDatabase, startTestPostgres, type TestPostgres } from "../support/postgres";
import { aaseInMettesRound } from "../support/rounds";

// A database outage is not a sign-out. An open plan stream rides through the LISTEN connection
// being cut and through Postgres being down for longer than the session re-check: it stays open,
// is never told "ended", says the connection is lost and back, and then sends every update stored
// in the gap and after it, in order. This file stops and starts a cluster of its own, so it cannot
// disturb the shared test database.

// Read lazily by lib/env.ts: set before the first database use (in beforeAll, for DATABASE_URL).
process.env.JOBS_INTERVAL_SECONDS = "0";
process.env.PLAN_STREAM_RECHECK_SECONDS = "1";

type Event = { event: string; data: string };

let postgres: TestPostgres;
let ownerUrl: string;
let appUrl: string;
let writer: Database;
let actor: SessionActor;
let planId: string;

beforeAll(async () => {
  postgres = await startTestPostgres();
  const urls = await createAppDatabase(postgres, "mus_outage");
  ownerUrl = urls.ownerUrl;
  appUrl = urls.appUrl;
  process.env.DATABASE_URL = urls.appUrl; // what db() and the hub connect to
  writer = createPrismaClient(urls.appUrl, 2);
  await seedDemoOrganisation(writer);
  const { aase, participant } = await aaseInMettesRound(writer);
  planId = await ensurePlan(writer, participant.id);
  actor = { ...aase, name: "", email: "", sessionId: await openSession(writer, aase.id, "test") };
}, 120_000);

afterAll(async () => {
  await writer?.$disconnect();
  postgres?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Reads the stream's server-sent events into a list as they come. */
function collect(stream: ReadableStream<Uint8Array>) {
  const events: Event[] = [];
  const state = { done: false };
  void (async () => {
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event) events.push({ event, data: data ?? "" });
      }
    }
    state.done = true;
  })();
  return { events, state };
}

/** Types into the goals on a fresh copy of the stored plan and stores that edit as Åse. */
async function storeEdit(text: string): Promise<bigint> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(writer, actor, planId)).state);
  const sent: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => sent.push(update));
  applyTextChange(planText(doc, "goals"), `${planText(doc, "goals").toString()}${text}`);
  return (await appendPlanUpdate(writer, actor, planId, sent[0])).seq;
}

async function listenBackends(): Promise<number[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(`select pid from pg_stat_activity where usename = 'mus_app' and query ilike 'listen%'`);
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

const updateSeqs = (events: Event[]) => events.filter((e) => e.event === "update").map((e) => (JSON.parse(e.data) as { seq: string }).seq);

describe("the plan's live stream through a database outage", () => {
  it("stays open, is not signed out, and catches up on what was stored while it could not hear", async () => {
    const abort = new AbortController();
    const { events, state } = collect(await planEventStream(actor, planId, null, abort.signal));
    await until(() => events.some((e) => e.event === "state"), "the first state");
    const first = await storeEdit("Før. ");
    await until(() => updateSeqs(events).includes(String(first)), "the first update");

    // The hub's LISTEN connection is cut (as a failover or an administrator would): an update
    // stored before it is back arrives anyway, and so does one stored after.
    const [listener] = await listenBackends();
    expect(listener).toBeDefined();
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query("select pg_terminate_backend($1)", [listener]);
    await owner.end();
    const inGap = await storeEdit("Mens den var væk. ");
    await until(async () => (await listenBackends()).some((pid) => pid !== listener), "a new LISTEN connection");
    const afterCut = await storeEdit("Efter. ");
    await until(() => updateSeqs(events).includes(String(afterCut)), "the updates around the cut");

    // Postgres down for longer than several session re-checks and several LISTEN retries.
    postgres.halt();
    await until(() => events.some((e) => e.event === "connection" && JSON.parse(e.data).state === "lost"), "the stream saying the connection is lost");
    await sleep(8_000);
    expect(state.done).toBe(false);
    postgres.resume();
    const afterRestart = await storeEdit("Efter genstart. "); // quite likely before the hub is back
    await until(async () => (await listenBackends()).length === 1, "the hub listening again", 30_000);
    const later = await storeEdit("Senere. ");
    await until(() => updateSeqs(events).includes(String(later)), "the updates after the outage", 30_000);
    await until(() => events.at(-1)?.event !== "connection" || JSON.parse(events.at(-1)!.data).state === "back", "the connection back");

    // Never told it was signed out; every update once, in order, with no gap.
    expect(events.filter((e) => e.event === "ended")).toEqual([]);
    expect(state.done).toBe(false);
    expect(openPlanStreams()).toBe(1);
    expect(updateSeqs(events)).toEqual([first, inGap, afterCut, afterRestart, later].map(String));
    const connection = events.filter((e) => e.event === "connection").map((e) => JSON.parse(e.data).state as string);
    expect(connection.at(-1)).toBe("back");
    expect(connection).toContain("lost");

    // The session re-check still works after the outage: a real sign-out ends the stream.
    await writer.authSession.update({ where: { id: actor.sessionId }, data: { endedAt: new Date(), endReason: "signed_out" } });
    await until(() => state.done, "the stream ending after the sign-out", 5_000);
    expect(events.at(-1)?.event).toBe("ended");
    abort.abort();
  }, 120_000);

  it("has the hub try again for as long as the database is away, then wake its listeners once", async () => {
    const hub = createPlanHub(writer, appUrl, { firstMs: 50, maxMs: 200 });
    const heard: PlanMessage["kind"][] = [];
    const unsubscribe = await hub.subscribe(planId, { update: (message) => heard.push(message.kind), presence: () => undefined });
    postgres.halt();
    await until(() => heard.includes("lost"), "the hub saying it lost its connection");
    expect(hub.listening()).toBe(false);
    await sleep(4_000); // some twenty attempts, 200 ms apart, every one refused: the hub never gives up
    postgres.resume();
    await until(() => hub.listening(), "the hub listening again", 10_000);
    await until(() => heard.includes("wake"), "the wake-up after the reconnect");
    expect(heard).toEqual(["lost", "wake"]);
    unsubscribe();
    await hub.close();
  }, 60_000);
});
