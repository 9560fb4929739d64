import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { SessionActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { appendPlanUpdate, ensurePlan } from "@/lib/domain/plans/live/store";
import { planEventStream } from "@/lib/realtime/plan-stream";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase } from "../support/database";
import { aaseInMettesRound } from "../support/rounds";

// A stored update is not sent back to the browser tab that sent it (it has it already): half the
// stream's writes while two people type. Only that tab, named by its id and its person: tab ids are
// shown to the other party with presence, and naming someone else's tab must not keep an edit off
// their screen.

process.env.JOBS_INTERVAL_SECONDS = "0";

type Event = { name: string; data: { seq?: string; update?: string } };
function events(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const queue: Event[] = [];
  return {
    /** Reads events until one matches, returning every update event seen on the way. */
    async until(match: (event: Event) => boolean): Promise<Event[]> {
      const seen: Event[] = [];
      const deadline = Date.now() + 10_000;
      for (;;) {
        while (queue.length > 0) {
          const event = queue.shift()!;
          if (event.name === "update") seen.push(event);
          if (match(event)) return seen;
        }
        if (Date.now() > deadline) throw new Error("no such event");
        const { value, done } = await reader.read();
        if (done) throw new Error("the stream ended");
        buffer += decoder.decode(value);
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name && data) queue.push({ name, data: JSON.parse(data) as Event["data"] });
        }
      }
    },
  };
}

let aase: SessionActor;
let mette: SessionActor;
let planId = "";
const aborts: AbortController[] = [];

beforeAll(async () => {
  await resetDatabase();
  await seedDemoOrganisation(db());
  const round = await aaseInMettesRound(db());
  const session = (actor: typeof round.aase): SessionActor => ({
    ...actor,
    name: "",
    email: "",
    municipalityId: "",
    sessionId: randomUUID(),
  });
  aase = session(round.aase);
  mette = session(round.mette);
  planId = await ensurePlan(db(), round.participant.id);
});
afterAll(() => {
  for (const abort of aborts) abort.abort();
});

function edit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("goals").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("the echo of an update", () => {
  it("reaches every tab but the one that sent it, and that tab only when it is the sender's own", async () => {
    const aaseTab = randomUUID();
    const metteTab = randomUUID();
    const open = async (actor: SessionActor, tab: string) => {
      const abort = new AbortController();
      aborts.push(abort);
      const stream = events(await planEventStream(actor, planId, tab, abort.signal));
      await stream.until((event) => event.name === "state");
      return stream;
    };
    const aaseStream = await open(aase, aaseTab);
    const aaseOtherTab = await open(aase, randomUUID());
    const metteStream = await open(mette, metteTab);

    // Each stream fetches what was stored while it started (without tab names, so everything); once
    // all have passed on this first update, each is past that fetch and hears announcements only.
    const warmUp = await appendPlanUpdate(db(), mette, planId, edit("Først"));
    for (const stream of [aaseStream, aaseOtherTab, metteStream]) await stream.until((event) => event.data.seq === String(warmUp.seq));

    const own = await appendPlanUpdate(db(), aase, planId, edit("Åses første linje"), aaseTab);
    // Mette names Åse's tab (she sees its id with presence): Åse's tab gets it all the same.
    const named = await appendPlanUpdate(db(), mette, planId, edit("Mettes linje"), aaseTab);

    const seenByAase = await aaseStream.until((event) => event.data.seq === String(named.seq));
    expect(seenByAase.map((event) => event.data.seq)).toEqual([String(named.seq)]);
    const seenByOtherTab = await aaseOtherTab.until((event) => event.data.seq === String(named.seq));
    expect(seenByOtherTab.map((event) => event.data.seq)).toEqual([String(own.seq), String(named.seq)]);
    const seenByMette = await metteStream.until((event) => event.data.seq === String(named.seq));
    expect(seenByMette.map((event) => event.data.seq)).toEqual([String(own.seq), String(named.seq)]);

    // An update from no named tab (a server-side change) reaches everyone.
    const unnamed = await appendPlanUpdate(db(), aase, planId, edit("uden fane"));
    expect((await aaseStream.until((event) => event.data.seq === String(unnamed.seq))).map((event) => event.data.seq)).toEqual([
      String(unnamed.seq),
    ]);
  });
});
