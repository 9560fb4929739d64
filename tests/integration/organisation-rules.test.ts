import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../support/database";

const database = testDatabase();

async function municipality() {
  return database.municipality.create({ data: { name: "Testkommune" } });
}

describe("rules the database itself keeps", () => {
  beforeEach(() => resetDatabase());

  it("treats e-mail addresses case-insensitively: a mixed-case address is refused", async () => {
    const { id } = await municipality();
    await database.person.create({ data: { municipalityId: id, name: "Åse Ørum", email: "aase.oerum@kommune.example" } });
    await expect(
      database.person.create({ data: { municipalityId: id, name: "Åse Ørum", email: "Aase.Oerum@kommune.example" } }),
    ).rejects.toThrow();
    await expect(
      database.person.create({ data: { municipalityId: id, name: "Åse Ørum", email: "aase.oerum@kommune.example" } }),
    ).rejects.toThrow();
    expect(await database.person.count()).toBe(1);
  });

  it("keeps the unit tree in shape: an area has no parent, a unit has one", async () => {
    const { id } = await municipality();
    const area = await database.unit.create({ data: { municipalityId: id, name: "Børn og Unge", kind: "AREA" } });
    await expect(database.unit.create({ data: { municipalityId: id, name: "Løs enhed", kind: "UNIT" } })).rejects.toThrow();
    await expect(
      database.unit.create({ data: { municipalityId: id, name: "Underområde", kind: "AREA", parentId: area.id } }),
    ).rejects.toThrow();
    await database.unit.create({ data: { municipalityId: id, name: "Skolen", kind: "UNIT", parentId: area.id } });
    expect(await database.unit.count()).toBe(2);
  });

  it("does not let a person be their own manager", async () => {
    const { id } = await municipality();
    const person = await database.person.create({ data: { municipalityId: id, name: "Søren", email: "soeren@kommune.example" } });
    await expect(database.person.update({ where: { id: person.id }, data: { managerId: person.id } })).rejects.toThrow();
  });
});
