import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { SessionActor } from "@/lib/auth/current";
import { AccessDenied } from "@/lib/auth/guard";
import { applyTextChange, planText } from "@/lib/domain/plans/doc";
import { ensurePlan, maxUpdateBytes } from "@/lib/domain/plans/live/store";
import { da } from "@/lib/i18n/da";
import { receivePlanUpdate, receivePresence } from "@/lib/realtime/plan-requests";
import { rateLimitBuckets } from "@/lib/realtime/rate-limit";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

// The plan's two POST routes must not read what they are going to refuse: a stranger's body is
// never read at all, and a party's is read only up to the cap. The body here is a stream that
// makes its bytes only when the server asks for them (300 MB if it kept asking), so what it was
// asked for is what the server read.

const database = testDatabase();
const hugeBytes = 300 * 1024 * 1024;
const chunkBytes = 64 * 1024;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

const asSession = (actor: Awaited<ReturnType<typeof actorFor>>, sessionId = randomUUID()): SessionActor => ({
  ...actor,
  name: "",
  email: "",
  municipalityId: "",
  sessionId,
});

async function setting() {
  const { mette, aase, participant } = await aaseInMettesRound(database);
  const stranger = asSession(await actorFor(database, demoEmail("freja.lund")));
  return { mette: asSession(mette), aase: asSession(aase), stranger, planId: await ensurePlan(database, participant.id) };
}

/** A POST whose body is made only as it is read; `read()` says how many bytes were asked for. */
function lazyPost(headers: Record<string, string>, total = hugeBytes) {
  let made = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (made >= total) return controller.close();
        made += chunkBytes;
        controller.enqueue(new Uint8Array(chunkBytes));
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/api", { method: "POST", body, duplex: "half", headers } as RequestInit);
  return { request, read: () => made };
}

const chunked = { "transfer-encoding": "chunked" };

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  applyTextChange(planText(doc, "goals"), text);
  return Y.encodeStateAsUpdate(doc);
}
const post = (body: Uint8Array) =>
  new Request("http://localhost/api", { method: "POST", body: body as BodyInit, headers: { "content-length": String(body.byteLength) } });

describe("a plan update's body", () => {
  it("is never read from someone who is no party, whether the plan exists or not", async () => {
    const { stranger, planId } = await setting();
    for (const id of [planId, randomUUID()]) {
      const huge = lazyPost(chunked);
      await expect(receivePlanUpdate(database, stranger, id, huge.request)).rejects.toBeInstanceOf(AccessDenied);
      expect(huge.read()).toBe(0);
      const presence = lazyPost(chunked);
      await expect(receivePresence(database, stranger, id, presence.request)).rejects.toBeInstanceOf(AccessDenied);
      expect(presence.read()).toBe(0);
    }
  });

  it("is refused from its declared length alone when that is too large or missing (413 / 411, nothing read)", async () => {
    const { aase, stranger, planId } = await setting();
    for (const actor of [aase, stranger]) {
      const declared = lazyPost({ "content-length": String(hugeBytes) });
      const response = await receivePlanUpdate(database, actor, planId, declared.request);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: da.plans.errors.tooLarge });
      expect(declared.read()).toBe(0);
    }
    const unknown = lazyPost({});
    expect((await receivePlanUpdate(database, aase, planId, unknown.request)).status).toBe(411);
    expect(unknown.read()).toBe(0);
    const presence = lazyPost({ "content-length": String(hugeBytes) });
    expect((await receivePresence(database, aase, planId, presence.request)).status).toBe(413);
    expect(presence.read()).toBe(0);
  });

  it("from a party, sent in chunks past the cap, gets 413 with the Danish message and is read no further than the cap", async () => {
    const { aase, planId } = await setting();
    const huge = lazyPost(chunked);
    const response = await receivePlanUpdate(database, aase, planId, huge.request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: da.plans.errors.tooLarge });
    expect(huge.read()).toBeLessThanOrEqual(maxUpdateBytes + chunkBytes);
    expect(await database.planUpdate.count({ where: { planId } })).toBe(0);
  });

  it("from a party, within the cap, is stored", async () => {
    const { aase, planId } = await setting();
    const response = await receivePlanUpdate(database, aase, planId, post(update("Lære nyt")));
    expect(response.status).toBe(200);
    expect(await database.planUpdate.count({ where: { planId } })).toBe(1);
    const presence = new TextEncoder().encode(JSON.stringify({ client: randomUUID(), field: "goals" }));
    expect((await receivePresence(database, aase, planId, post(presence))).status).toBe(204);
  });
});

describe("the rate limit", () => {
  it("counts per person and plan, so a second session does not double the allowance", async () => {
    const { aase, planId } = await setting();
    const other = { ...aase, sessionId: randomUUID() };
    const body = update("Det samme igen"); // stored once, then replays: cheap, and each still counts
    // Keyed per session, the two would have 60 each before the first refusal; per person, 60 in all
    // (plus what refills, 20 a second, while these run).
    let accepted = 0;
    for (; accepted < 130; accepted += 1) {
      const response = await receivePlanUpdate(database, accepted % 2 ? other : aase, planId, post(body));
      if (response.status === 429) {
        expect(await response.json()).toEqual({ error: da.plans.errors.tooFast });
        break;
      }
      expect(response.status).toBe(200);
    }
    expect(accepted).toBeGreaterThanOrEqual(60);
    expect(accepted).toBeLessThan(100);
  });

  it("is asked only after authorization: refused strangers and made-up plan ids leave no bucket behind", async () => {
    const { stranger, planId } = await setting();
    const before = rateLimitBuckets();
    for (let n = 0; n < 100; n += 1) {
      await expect(receivePlanUpdate(database, stranger, n % 2 ? planId : randomUUID(), post(update("x")))).rejects.toBeInstanceOf(
        AccessDenied,
      );
    }
    expect(rateLimitBuckets()).toBe(before);
  });
});
