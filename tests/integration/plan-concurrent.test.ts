import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Actor } from "@/lib/access/policy";
import { createPrismaClient, type Database } from "@/lib/db-client";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase } from "../support/database";
import { aaseInMettesRound } from "../support/rounds";

// A keystroke's update is stored optimistically (read, merge in memory, one conditional statement)
// and merged again when the other party stored first. Both parties sending at once, from two
// server processes' worth of connections, must lose nothing, keep the announced order gapless,
// and leave the plan's latest-update marker on the last one.

let database: Database;
let other: Database;
let aase: Actor;
let mette: Actor;
let planId = "";

beforeAll(async () => {
  await resetDatabase();
  database = createPrismaClient(process.env.DATABASE_URL!, 10, { prepareStatements: true });
  other = createPrismaClient(process.env.DATABASE_URL!, 10, { prepareStatements: true });
  await seedDemoOrganisation(database);
  const round = await aaseInMettesRound(database);
  aase = round.aase;
  mette = round.mette;
  planId = await ensurePlan(database, round.participant.id);
});
afterAll(async () => {
  await database.$disconnect();
  await other.$disconnect();
});

/** An update that appends `word` to the goals, made on top of nothing (as a fresh client would). */
function word(text: string, client: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getText("goals").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("two parties storing at once", () => {
  it("keeps every update, each with its own number, and the plan's marker on the last", async () => {
    const writes = Array.from({ length: 40 }, (_, index) => {
      const [who, via] = index % 2 === 0 ? [aase, database] : [mette, other];
      return appendPlanUpdate(via, who, planId, word(` ord${index}`, 1000 + index));
    });
    const results = await Promise.all(writes);
    expect(results.every((result) => result.changed)).toBe(true);
    expect(new Set(results.map((result) => result.seq)).size).toBe(40);

    const stored = await loadPlanState(database, aase, planId);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    const text = doc.getText("goals").toString();
    for (let index = 0; index < 40; index += 1) expect(text).toContain(` ord${index}`);

    const [marker] = await database.$queryRawUnsafe<{ lastSeq: bigint; latest: bigint; count: number }[]>(
      `select pl."lastSeq", (select max(id) from "PlanUpdate" where "planId" = pl.id) as latest, (select count(*)::int from "PlanUpdate" where "planId" = pl.id) as count from "Plan" pl where pl.id = $1::uuid`,
      planId,
    );
    expect(marker.count).toBe(40);
    expect(marker.lastSeq).toBe(marker.latest);
    expect(stored.seq).toBe(marker.latest);
  });

  it("answers a replay with the latest number and stores nothing", async () => {
    const again = word(" ord0", 1000);
    const result = await appendPlanUpdate(database, aase, planId, again);
    expect(result.changed).toBe(false);
    const [{ count }] = await database.$queryRawUnsafe<{ count: number }[]>(
      `select count(*)::int as count from "PlanUpdate" where "planId" = $1::uuid`,
      planId,
    );
    expect(count).toBe(40);
  });

  it("stores the same update sent twice at once (a retried request) only once", async () => {
    const twice = word(" to gange", 5000);
    const results = await Promise.all([appendPlanUpdate(database, aase, planId, twice), appendPlanUpdate(other, aase, planId, twice)]);
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    const [{ count }] = await database.$queryRawUnsafe<{ count: number }[]>(
      `select count(*)::int as count from "PlanUpdate" where "planId" = $1::uuid`,
      planId,
    );
    expect(count).toBe(41);
  });
});
