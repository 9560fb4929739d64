import { beforeEach, describe, expect, it } from "vitest";
import { loadPeoplePage } from "@/lib/domain/people/admin-loaders";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

// The administrator's people list filters by a typed part of the unit's name (the page once
// listed every unit of the municipality in a drop-down).

const database = testDatabase();
let municipalityId = "";

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
});

describe("the administrator's people list", () => {
  it("filters by part of the unit's name, in any case", async () => {
    const page = await loadPeoplePage(municipalityId, { query: "", unitName: "solstrål", status: "active", page: 1 });
    const expected = await database.person.count({ where: { active: true, unit: { name: "Dagtilbud Solstrålen" } } });
    expect(page.total).toBe(expected);
    expect(page.people.map((person) => person.unit?.name)).toEqual(Array(expected).fill("Dagtilbud Solstrålen"));
    expect(
      (await loadPeoplePage(municipalityId, { query: "mette", unitName: "SOLSTRÅLEN", status: "active", page: 1 })).people.map(
        (person) => person.name,
      ),
    ).toEqual(["Mette Søndergård"]);
    expect((await loadPeoplePage(municipalityId, { query: "", unitName: "Månebasen", status: "all", page: 1 })).total).toBe(0);
  });
});
