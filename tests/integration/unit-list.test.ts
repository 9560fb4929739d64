import { beforeEach, describe, expect, it } from "vitest";
import { loadAreaPreviews, loadUnitPage, unitPageSize, unitsPerArea } from "@/lib/domain/organisation/unit-list";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

// The administrator's units at a large city's size: the areas with their first units, an area's
// units a page at a time, and a search over every name (the page once rendered all 2,500 units).

const database = testDatabase();
let municipalityId = "";
let areaId = "";

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  areaId = (await database.unit.findFirstOrThrow({ where: { name: "Børn og Unge" } })).id;
  // 120 more units in one area, named so that a search has something to find.
  await database.$executeRaw`
    insert into "Unit" (id, "municipalityId", "parentId", kind, name, "updatedAt")
    select gen_random_uuid(), ${municipalityId}::uuid, ${areaId}::uuid, 'UNIT', 'Børnehus ' || lpad(n::text, 3, '0') || case when n % 40 = 0 then ' 100%_ret' else '' end, now()
    from generate_series(1, 120) n`;
});

describe("the administrator's units", () => {
  it("shows every area with its first units and how many it has in all", async () => {
    const previews = await loadAreaPreviews(database, municipalityId);
    expect(previews.map((area) => area.name)).toEqual(["Børn og Unge", "Stab og Administration", "Sundhed og Omsorg"]);
    const children = previews[0];
    expect(children.unitCount).toBe(122);
    expect(children.units).toHaveLength(unitsPerArea);
    // The same first units, in the same order, as the area's own first page.
    const firstPage = await loadUnitPage(database, municipalityId, { query: "", areaId, page: 1 });
    expect(children.units).toEqual(firstPage.units.slice(0, unitsPerArea));
    // A small area shows all of its units, with their head counts.
    const health = previews.find((area) => area.name === "Sundhed og Omsorg")!;
    expect(health.units.map((unit) => unit.name)).toEqual(["Hjemmeplejen Vest", "Plejecenter Ærtebjerghave"]);
    expect(health.units.every((unit) => unit.people > 0 && unit.area === "Sundhed og Omsorg")).toBe(true);
  });

  it("pages an area's units: each on exactly one page, with the total", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => loadUnitPage(database, municipalityId, { query: "", areaId, page })));
    expect(pages.map((page) => page.total)).toEqual([122, 122, 122]);
    expect(pages.map((page) => page.units.length)).toEqual([unitPageSize, unitPageSize, 22]);
    expect(new Set(pages.flatMap((page) => page.units.map((unit) => unit.id))).size).toBe(122);
    expect((await loadUnitPage(database, municipalityId, { query: "", areaId, page: 4 })).units).toEqual([]);
  });

  it("searches every name, in any case, taking % and _ as the letters typed", async () => {
    const found = await loadUnitPage(database, municipalityId, { query: "børnehus 01", areaId: "", page: 1 });
    expect(found.total).toBe(10);
    expect(found.units.every((unit) => unit.name.startsWith("Børnehus 01") && unit.area === "Børn og Unge")).toBe(true);
    expect((await loadUnitPage(database, municipalityId, { query: "100%_", areaId: "", page: 1 })).total).toBe(3);
    expect((await loadUnitPage(database, municipalityId, { query: "%", areaId: "", page: 1 })).total).toBe(3);
    // Areas are found too.
    expect(
      (await loadUnitPage(database, municipalityId, { query: "omsorg", areaId: "", page: 1 })).units.map((unit) => [unit.name, unit.kind]),
    ).toEqual([["Sundhed og Omsorg", "AREA"]]);
  });
});
