import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createPrismaClient, type Database } from "@/lib/db-client";
import { addAction, applyTextChange, planContent, planText } from "@/lib/domain/plans/doc";
import { contentHash, approvePlan } from "@/lib/domain/plans/mutations/sign-off";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded-db/server";
import { applyMigrations } from "@/lib/migrations/apply";
import { createPlanHub, type PlanMessage } from "@/lib/realtime/plan-hub";
import { announcePresence } from "@/lib/realtime/presence";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase } from "../support/database";
import { aaseInMettesRound } from "../support/rounds";

// Live co-editing rests on one thing: a stored update, an approval and a presence reach every
// stream of the plan at once. Checked on both databases the app runs on: a real Postgres (LISTEN
// on its own connection) and the embedded PGlite (which hands a notification back to the
// connection that sent it), with the app's own pool sizes.

type Target = { name: string; open: () => Promise<{ database: Database; url: string; close: () => Promise<void> }> };

const targets: Target[] = [
  {
    name: "a real Postgres",
    open: async () => {
      const url = process.env.DATABASE_URL!;
      const database = createPrismaClient(url, 4);
      await resetDatabase();
      return { database, url, close: () => database.$disconnect() };
    },
  },
  {
    name: "the embedded database",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "mus-hub-"));
      const embedded: EmbeddedDatabase = await startEmbeddedDatabase(dir);
      await applyMigrations(embedded.url);
      const database = createPrismaClient(embedded.url, 1); // as `npm start` runs it
      return {
        database,
        url: embedded.url,
        close: async () => {
          await database.$disconnect();
          await embedded.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing arrived: ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe.each(targets)("live plan on $name", ({ open }) => {
  let opened: Awaited<ReturnType<Target["open"]>>;
  beforeAll(async () => {
    opened = await open();
    await seedDemoOrganisation(opened.database);
  }, 120_000);
  afterAll(async () => opened?.close(), 60_000);

  it("hands each stored update, approval and presence to the plan's listeners once, and nothing rolled back", async () => {
    const { database, url } = opened;
    const { mette, aase, participant } = await aaseInMettesRound(database);
    const planId = await ensurePlan(database, participant.id);
    const hub = createPlanHub(url);
    const updates: PlanMessage[] = [];
    const presence: string[] = [];
    const other: PlanMessage[] = [];
    await hub.subscribe(planId, { update: (message) => updates.push(message), presence: (payload) => presence.push(payload) });
    await hub.subscribe("00000000-0000-4000-8000-000000000000", { update: (message) => other.push(message), presence: () => undefined });
    // A stream that is already gone throws when written to: the others still hear everything, and
    // the connection it arrived on (the only one, on the embedded database) goes on answering.
    await hub.subscribe(planId, {
      update: () => {
        throw new Error("stream gone");
      },
      presence: () => {
        throw new Error("stream gone");
      },
    });

    // The employee types: the leader's stream gets the update itself, with its number.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadPlanState(database, aase, planId)).state);
    const sent: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => sent.push(update));
    applyTextChange(planText(doc, "goals"), "Lære at planlægge");
    const { seq } = await appendPlanUpdate(database, aase, planId, sent[0]);
    const update = await until(() => updates.find((message) => message.kind === "update"), "the update");
    expect(update).toMatchObject({ kind: "update", seq, author: aase.id, data: Buffer.from(sent[0]).toString("base64") });

    // A refused update (more practice actions than a plan may hold) announces nothing.
    const bad = new Y.Doc();
    Y.applyUpdate(bad, (await loadPlanState(database, aase, planId)).state);
    const badUpdates: Uint8Array[] = [];
    bad.on("update", (u: Uint8Array) => badUpdates.push(u));
    bad.transact(() => {
      for (let i = 0; i < 30; i++) addAction(bad);
    });
    await expect(appendPlanUpdate(database, aase, planId, badUpdates[0])).rejects.toThrow();

    // Presence, sent through Prisma on the same pool.
    await announcePresence(database, planId, { client: crypto.randomUUID(), person: mette.id, field: "goals" });
    expect(JSON.parse(await until(() => presence[0], "the presence"))).toMatchObject({ person: mette.id, field: "goals" });

    // An approval is announced when it is stored.
    await approvePlan(database, mette, planId, contentHash(planContent(doc)));
    await until(() => updates.find((message) => message.kind === "approval"), "the approval");

    await new Promise((done) => setTimeout(done, 300));
    expect(updates.map((message) => message.kind)).toEqual(["update", "approval"]);
    expect(presence).toHaveLength(1);
    expect(other).toEqual([]);
    expect(await database.$queryRaw`select 1 as one`).toEqual([{ one: 1 }]);
    await hub.close();
  });
});
