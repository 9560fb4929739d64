import { beforeEach, describe, expect, it } from "vitest";
import { loadTemplates } from "@/lib/domain/templates/data";
import { addShippedTemplates } from "@/lib/domain/templates/shipped";
import { resetDatabase, testDatabase } from "../support/database";

// The shipped templates are added by a write of their own (at seeding and at server start);
// listing a municipality's templates only reads.

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
});

describe("the shipped templates", () => {
  it("are not made by listing them, and are added once, keeping an administrator's edit", async () => {
    const { id } = await database.municipality.create({ data: { name: "Nordby Kommune" } });
    expect(await loadTemplates(database, id)).toEqual([]);
    expect(await database.roundTemplate.count()).toBe(0);

    await addShippedTemplates(database);
    const shipped = await loadTemplates(database, id);
    expect(shipped.map((template) => template.key)).toEqual(["kombineret", "toender", "vitalisering"]);

    await database.roundTemplate.update({ where: { id: shipped[0].id }, data: { name: "Vores egen skabelon", editedAt: new Date() } });
    await addShippedTemplates(database, id);
    const again = await loadTemplates(database, id);
    expect(again).toHaveLength(3);
    expect(again[0].name).toBe("Vores egen skabelon");
  });
});
