import { beforeEach, describe, expect, it } from "vitest";
import { loadOrganisationSummary } from "@/lib/domain/organisation/loaders";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

const database = testDatabase();

describe("the organisation summary on the start page", () => {
  beforeEach(() => resetDatabase());

  it("is empty before anything is set up", async () => {
    expect(await loadOrganisationSummary()).toBeNull();
  });

  it("counts units and active people, not areas or people who left", async () => {
    await seedDemoOrganisation(database);
    const before = await loadOrganisationSummary();
    expect(before?.name).toBe("Vesterå Kommune");
    await database.person.update({ where: { email: "tove.bech@vesteraa.example" }, data: { active: false, deactivatedAt: new Date() } });
    const after = await loadOrganisationSummary();
    expect(after?.people).toBe((before?.people ?? 0) - 1);
    expect(after?.units).toBe(await database.unit.count({ where: { kind: "UNIT" } }));
  });
});
