import { beforeEach, describe, expect, it } from "vitest";
import { countFilingRounds, countUnfiled, hrPageSize, latestSignedVersions, loadFilingProgress } from "@/lib/domain/plans/hr/data";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

// HR's desk at a large city's size: the rounds and the plans to file come a page at a time, every
// one on exactly one page, with totals for the pager (the page once rendered all 75,000 plans).

const database = testDatabase();
let municipalityId = "";

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  const leader = await database.person.findUniqueOrThrow({ where: { email: "mette.soendergaard@vesteraa.example" } });
  // 60 published rounds of one leader, one participant each with a signed plan.
  await database.$executeRaw`
    with rounds as (
      insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName", "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "updatedAt")
      select gen_random_uuid(), ${municipalityId}::uuid, ${leader.unitId}::uuid, ${leader.id}::uuid, 'MUS', 2026, 'MUS ' || lpad(n::text, 3, '0'), 'CONVERSATIONS', 'Test',
             '2026-01-10', '2026-02-01', '2026-03-31', '2026-04-20', '2026-10-01', now()
      from generate_series(1, 60) n returning id),
    groups as (insert into "RoundGroup" (id, "roundId", position, name) select gen_random_uuid(), id, 0, 'Alle' from rounds returning id, "roundId"),
    participants as (
      insert into "RoundParticipant" (id, "roundId", "personId", "groupId")
      select gen_random_uuid(), g."roundId", (select id from "Person" where email = 'aase.kirkegaard@vesteraa.example'), g.id from groups g returning id),
    plans as (insert into "Plan" (id, "participantId", state, "updatedAt") select gen_random_uuid(), id, '\\x00'::bytea, now() from participants returning id)
    insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt")
    select gen_random_uuid(), id, 1, '{}'::jsonb, 'x', now() - (random() * interval '30 days') from plans`;
});

describe("HR's filing desk", () => {
  it("pages the rounds: every round on exactly one page, in a stable order, with the total", async () => {
    const total = await countFilingRounds(database, municipalityId);
    expect(total).toBeGreaterThanOrEqual(60);
    const first = await loadFilingProgress(database, municipalityId, new Date(), 1);
    const second = await loadFilingProgress(database, municipalityId, new Date(), 2);
    expect(first).toHaveLength(hrPageSize);
    expect(first.length + second.length).toBe(total);
    expect(new Set([...first, ...second].map((round) => round.roundId)).size).toBe(total);
    expect(
      first.filter((round) => round.title.startsWith("MUS 0")).every((round) => round.plansSigned === 1 && round.participants === 1),
    ).toBe(true);
    expect(await loadFilingProgress(database, municipalityId, new Date(), 99)).toEqual([]);
  });

  it("pages the plans to file, oldest signature first, and the export still takes them all", async () => {
    expect(await countUnfiled(database, municipalityId)).toBe(60);
    const first = await latestSignedVersions(database, municipalityId, { unfiledOnly: true, page: 1 });
    const second = await latestSignedVersions(database, municipalityId, { unfiledOnly: true, page: 2 });
    expect([first.length, second.length]).toEqual([hrPageSize, 10]);
    const signed = [...first, ...second].map((version) => version.signedAt.getTime());
    expect(signed).toEqual([...signed].sort((a, b) => a - b));
    expect(new Set([...first, ...second].map((version) => version.versionId)).size).toBe(60);
    expect(await latestSignedVersions(database, municipalityId, { unfiledOnly: true })).toHaveLength(60);
  });

  it("keeps the latest signed version per plan in step as versions are signed and filed (the trigger)", async () => {
    const [plan] = await database.$queryRaw<{ id: string }[]>`select "planId" as id from "PlanVersion" order by "signedAt" limit 1`;
    const oldest = await latestSignedVersions(database, municipalityId, { unfiledOnly: true, page: 1 });
    expect(oldest[0].planId).toBe(plan.id);
    // A second version, not yet signed: the first stays the one to file.
    const second = await database.planVersion.create({ data: { planId: plan.id, number: 2, content: {}, contentHash: "y" } });
    expect(second.municipalityId).toBe(municipalityId);
    expect(
      (await latestSignedVersions(database, municipalityId, { unfiledOnly: true }))
        .filter((version) => version.planId === plan.id)
        .map((version) => version.number),
    ).toEqual([1]);
    // Signed: it takes over, and the plan is still counted once.
    await database.planVersion.update({ where: { id: second.id }, data: { signedAt: new Date() } });
    const mine = (await latestSignedVersions(database, municipalityId, { unfiledOnly: true })).filter(
      (version) => version.planId === plan.id,
    );
    expect(mine.map((version) => version.number)).toEqual([2]);
    expect(await countUnfiled(database, municipalityId)).toBe(60);
    // Filed: gone from the list and the count, still in the export.
    await database.planVersion.update({ where: { id: second.id }, data: { filedAt: new Date() } });
    expect(await countUnfiled(database, municipalityId)).toBe(59);
    expect(
      (await latestSignedVersions(database, municipalityId, {}))
        .filter((version) => version.planId === plan.id)
        .map((version) => version.number),
    ).toEqual([2]);
  });
});
