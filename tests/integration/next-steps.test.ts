import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadHomeSteps } from "@/lib/domain/next-steps/loaders";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, publishedRound } from "../support/rounds";

// The start page's next steps against a real database: what each role gets, and that the reads do
// not grow with the number of rounds (one query per list, never one per round or participant).

const database = testDatabase();

/** A client on its own pool that counts every statement sent to Postgres. */
function countingClient() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  let statements = 0;
  pool.on("connect", (connection) => {
    const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      statements += 1;
      return query(...args);
    };
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { client, reset: () => (statements = 0), statements: () => statements };
}

const counting = countingClient();
afterAll(() => counting.client.$disconnect());

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function statementsFor(actor: Awaited<ReturnType<typeof actorFor>>) {
  await loadHomeSteps(actor, counting.client); // warm: the pool's connections are set up once
  counting.reset();
  await loadHomeSteps(actor, counting.client);
  return counting.statements();
}

describe("the start page's next steps", () => {
  it("give the leader, a participant and HR each their step", async () => {
    const mette = await actorFor(database, demoEmail("mette.soendergaard"));
    const roundId = await publishedRound(database, mette);
    const participants = await database.roundParticipant.count({ where: { roundId } });

    const leader = await loadHomeSteps(mette, database);
    expect(leader.leading).toEqual([
      expect.objectContaining({ next: { step: "bookConversations", href: `/runder/${roundId}/samtaler`, booked: 0, total: participants } }),
    ]);
    expect(leader.participating).toEqual([]);
    expect(leader.filing).toBeNull();

    const jonas = await loadHomeSteps(await actorFor(database, demoEmail("jonas.broendum")), database);
    expect(jonas.participating).toEqual([
      expect.objectContaining({
        next: expect.objectContaining({ step: "fillSheet", href: `/runder/${roundId}/forberedelse`, leader: "Mette Søndergård" }),
      }),
    ]);
    expect(jonas.leading).toEqual([]);

    const hr = await loadHomeSteps(await actorFor(database, demoEmail("birgitte.dalsgaard")), database);
    expect(hr.filing).toEqual({ step: "filePlans", href: "/hr", unfiled: 0 });
    expect(hr.organisation).toBeNull();

    const admin = await loadHomeSteps(await actorFor(database, demoEmail("peter.jaeger")), database);
    expect(admin.organisation).toMatchObject({ step: "organisation" });

    // The committee follows the round's material (the member takes part in it too, so it is there instead).
    const committee = await loadHomeSteps(await actorFor(database, demoEmail("anne.moerch")), database);
    expect([...committee.committee, ...committee.participating].map((item) => item.round.id)).toContain(roundId);
  });

  it("read as much for three rounds with their people as for one", async () => {
    const mette = await actorFor(database, demoEmail("mette.soendergaard"));
    const karen = await actorFor(database, demoEmail("karen.hoejgaard"));
    await publishedRound(database, mette, { year: 2027 });
    await publishedRound(database, karen, { year: 2027, kind: "LUS" });
    const one = await statementsFor(mette);
    await publishedRound(database, mette, { year: 2028 });
    await publishedRound(database, mette, { year: 2029, publish: false });
    const three = await statementsFor(mette);
    expect(three).toBe(one);
    expect(one).toBeLessThanOrEqual(10);
    expect((await loadHomeSteps(mette, database)).leading.map((item) => item.next.step).sort()).toEqual([
      "bookConversations",
      "bookConversations",
      "publish",
    ]);
  });
});
