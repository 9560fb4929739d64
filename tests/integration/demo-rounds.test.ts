import { beforeEach, describe, expect, it } from "vitest";
import { loadOverview } from "@/lib/domain/overview/data";
import { loadDemoDirectory } from "@/lib/domain/people/loaders";
import { planContent } from "@/lib/domain/plans/doc";
import { seedDemoIfEmpty } from "@/prisma/seed/seed";
import * as Y from "yjs";
import { resetDatabase, testDatabase } from "../support/database";

// The demo that `npm start` seeds into an empty database: rounds in every phase, made through the
// domain functions (prisma/seed/demo-rounds.ts), and a sign-in page that says what each person finds.

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
});

async function roundOf(leaderEmail: string, state: string) {
  return database.round.findFirstOrThrow({
    where: { leader: { email: leaderEmail }, state: state as never },
    include: { participants: { include: { sheet: true, plan: { include: { versions: true } } } } },
  });
}

describe("the demo's rounds", () => {
  it("has a round in every phase, with the sheets, plans and figures each phase shows", async () => {
    expect(await seedDemoIfEmpty(database)).toEqual({ seeded: true });
    const states = (await database.round.findMany({ select: { kind: true, state: true } }))
      .map((round) => `${round.kind} ${round.state}`)
      .sort();
    expect(states).toEqual(["LUS PREPARATION", "MUS CLOSED", "MUS CONVERSATIONS", "MUS PLANNING", "MUS PREPARATION", "MUS WRAP_UP"]);

    const planning = await roundOf("henrik.aagaard@vesteraa.example", "PLANNING");
    expect(planning.publishedAt).toBeNull();

    const preparing = await roundOf("susanne.holm@vesteraa.example", "PREPARATION");
    expect(preparing.participants.filter((participant) => participant.sheet?.state === "SUBMITTED")).toHaveLength(3);
    expect(preparing.participants.length).toBeGreaterThan(3);

    // Conversations: all booked, one plan signed, one half written and not signed.
    const talking = await roundOf("ole.baekgaard@vesteraa.example", "CONVERSATIONS");
    expect(await database.conversation.count({ where: { participant: { roundId: talking.id } } })).toBe(talking.participants.length);
    const plans = talking.participants.flatMap((participant) => (participant.plan ? [participant.plan] : []));
    expect(plans.map((plan) => plan.versions.some((version) => version.signedAt))).toEqual(expect.arrayContaining([true, false]));
    const unsigned = plans.find((plan) => !plan.versions.some((version) => version.signedAt))!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, unsigned.state);
    expect(planContent(doc).goals.length).toBeGreaterThan(20);

    // The wrap-up shows its figures, and last year's closed round is there to compare with.
    const wrapping = await roundOf("torben.oedegaard@vesteraa.example", "WRAP_UP");
    const overview = await loadOverview(database, wrapping.id, 5);
    expect(overview.figures).not.toBeNull();
    expect(overview.figures!.vitalisation!.every((dimension) => dimension.unit !== null)).toBe(true);
    expect(overview.figures!.signedPlans).toBe(5);
    const closed = await roundOf("torben.oedegaard@vesteraa.example", "CLOSED");
    expect(closed.year).toBe(wrapping.year - 1);

    // Signed plans wait for HR, and the seed sends no mail about its own past.
    expect(await database.planVersion.count({ where: { latestSigned: true, filedAt: null } })).toBeGreaterThanOrEqual(6);
    expect(await database.outgoingMail.count({ where: { sentAt: null } })).toBe(0);
  });

  it("seeds an empty database only, so a demo someone has used stays as they left it", async () => {
    await seedDemoIfEmpty(database);
    const rounds = await database.round.count();
    expect(await seedDemoIfEmpty(database)).toEqual({ seeded: false });
    expect(await database.round.count()).toBe(rounds);
  });

  it("says on the sign-in page what each person will find", async () => {
    await seedDemoIfEmpty(database);
    const people = new Map(
      (await loadDemoDirectory(database)).flatMap(({ people }) => people).map((person) => [person.name, person.shows]),
    );
    const year = new Date().getFullYear();
    expect(people.get("Ole Bækgaard")).toBe("Leder med en MUS-runde i samtalefasen.");
    expect(people.get("Henrik Aagaard")).toBe("Leder med en MUS-runde i planlægningsfasen.");
    expect(people.get("Torben Ødegaard")).toBe(
      `Leder med en MUS-runde i den fælles opsamling og en afsluttet MUS-runde fra ${year - 1}. Deltager i en LUS-runde i forberedelsesfasen.`,
    );
    expect(people.get("Birgitte Dalsgaard")).toMatch(
      /^Deltager i en MUS-runde i planlægningsfasen\. \d+ underskrevne planer venter på journalisering\.$/,
    );
    expect(people.get("Mette Søndergård")).toBe("");
    const signed = [...people.values()].filter((shows) => shows.includes("(planen er underskrevet)"));
    expect(signed.length).toBeGreaterThanOrEqual(6);
    expect([...people.values()].some((shows) => shows.includes("(planen er påbegyndt)"))).toBe(true);
  });
});
