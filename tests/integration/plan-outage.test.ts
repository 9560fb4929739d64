import { createConnection, createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import * as Y from "yjs";
import type { SessionActor } from "@/lib/auth/current";
import { openSession } from "@/lib/auth/sessions";
import { createPrismaClient, type Database } from "@/lib/db-client";
import { applyTextChange, planText } from "@/lib/domain/plans/doc";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
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
  actor = { ...aase, name: "", email: "", municipalityId: "", sessionId: await openSession(writer, aase.id, "test") };
}, 120_000);

afterAll(async () => {
  await writer?.$disconnect();
  postgres?.stop();
});

/** Short pauses and limits, so that a test sees many attempts and a silent connection found out in a second. */
const quick = { firstMs: 50, maxMs: 200, probeMs: 200, timeoutMs: 500 };

/**
 * A TCP relay to Postgres that can go silent: once cut, the connections it carries pass no byte
 * either way and are never closed, as after a database host that went down hard or a dropped
 * network path (nothing tells the receiving end; only sending finds it out). New connections are
 * accepted and left unanswered while cut, and carried again once mended; the silent ones stay so.
 */
async function silentRelay(port: number) {
  const sockets = new Set<Socket>();
  let cut = false;
  let generation = 0;
  const server = createServer((inbound) => {
    sockets.add(inbound);
    inbound.on("close", () => sockets.delete(inbound));
    inbound.on("error", () => undefined);
    if (cut) return; // accepted, never answered
    const mine = generation;
    const alive = () => !cut && generation === mine;
    const outbound = createConnection(port, "127.0.0.1");
    sockets.add(outbound);
    outbound.on("close", () => sockets.delete(outbound));
    outbound.on("error", () => inbound.destroy());
    inbound.on("error", () => outbound.destroy());
    inbound.on("data", (chunk) => alive() && outbound.write(chunk));
    outbound.on("data", (chunk) => alive() && inbound.write(chunk));
    inbound.on("end", () => alive() && outbound.end());
    outbound.on("end", () => alive() && inbound.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    cut: () => {
      cut = true;
      generation += 1;
    },
    mend: () => {
      cut = false;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

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
    const { rows } = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity where usename = 'mus_app' and query ilike 'listen%'`,
    );
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
    await until(
      () => events.some((e) => e.event === "connection" && JSON.parse(e.data).state === "lost"),
      "the stream saying the connection is lost",
    );
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
    const hub = createPlanHub(appUrl, quick);
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

  it("finds out a LISTEN connection that went silent (no error, no close), and catches up after it", async () => {
    const relay = await silentRelay(Number(new URL(appUrl).port));
    const viaRelay = new URL(appUrl);
    viaRelay.port = String(relay.port);
    const hub = createPlanHub(viaRelay.toString(), quick);
    const heard: PlanMessage[] = [];
    try {
      await hub.subscribe(planId, { update: (message) => heard.push(message), presence: () => undefined });
      const before = await storeEdit("Før stilheden. ");
      await until(() => heard.some((m) => m.kind === "update" && m.seq === before), "an update through the relay");
      relay.cut();
      const inSilence = await storeEdit("I stilheden. "); // announced, but nothing comes through
      await until(() => heard.some((m) => m.kind === "lost"), "the hub finding the silence out", 5_000);
      expect(heard.some((m) => m.kind === "update" && m.seq === inSilence)).toBe(false);
      await sleep(1_000); // attempts meanwhile are accepted and never answered: each times out
      relay.mend();
      await until(() => heard.at(-1)?.kind === "wake", "the wake-up that makes the streams fetch what they missed", 10_000);
      const after = await storeEdit("Efter stilheden. ");
      await until(() => heard.some((m) => m.kind === "update" && m.seq === after), "an update after the silence");
      expect(heard.map((m) => m.kind)).toEqual(["update", "lost", "wake", "update"]);
    } finally {
      await hub.close();
      await relay.close();
    }
  }, 60_000);
});
