import { beforeEach, describe, expect, it } from "vitest";
import { loadDemoDirectory } from "@/lib/domain/people/loaders";
import { da } from "@/lib/i18n/da";
import { demoPeople } from "@/prisma/seed/demo-organisation";
import { seedDemoOrganisation, seedIfEmpty } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

const database = testDatabase();

async function snapshot() {
  return {
    municipalities: await database.municipality.findMany({ orderBy: { id: "asc" } }),
    units: await database.unit.findMany({ orderBy: { id: "asc" } }),
    people: await database.person.findMany({ orderBy: { id: "asc" } }),
    roles: await database.roleAssignment.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("the demo seed", () => {
  beforeEach(() => resetDatabase());

  it("is idempotent: seeding twice changes nothing, not even a timestamp", async () => {
    await seedDemoOrganisation(database);
    const first = await snapshot();
    await seedDemoOrganisation(database);
    expect(await snapshot()).toEqual(first);
  });

  it("builds an organisation with every role the app knows", async () => {
    await seedDemoOrganisation(database);
    const areas = await database.unit.count({ where: { kind: "AREA" } });
    const units = await database.unit.count({ where: { kind: "UNIT" } });
    expect(areas).toBeGreaterThanOrEqual(2);
    expect(units).toBeGreaterThanOrEqual(4);

    const people = await database.person.findMany({ include: { reports: { include: { reports: true } }, roles: true } });
    const leaders = people.filter((person) => person.reports.length > 0);
    const leadersLeaders = people.filter((person) => person.reports.some((report) => report.reports.length > 0));
    const employees = people.filter((person) => person.reports.length === 0);
    expect(employees.length).toBeGreaterThanOrEqual(25);
    expect(leaders.length).toBeGreaterThanOrEqual(4);
    expect(leadersLeaders.length).toBeGreaterThanOrEqual(1);
    for (const role of ["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER"]) {
      expect(people.some((person) => person.roles.some((assignment) => assignment.role === role))).toBe(true);
    }
    expect(people.map((person) => person.name)).toContain("Anne Sofie Mørch");
  });

  it("gives every person a manager except the top, and keeps e-mails lower-case", async () => {
    await seedDemoOrganisation(database);
    const withoutManager = await database.person.findMany({ where: { managerId: null } });
    expect(withoutManager.map((person) => person.jobTitle)).toEqual(["Kommunaldirektør"]);
    for (const person of demoPeople) expect(person.email).toBe(person.email.toLowerCase());
  });

  it("is left out when an organisation already exists, so an edited demo stays edited", async () => {
    await seedDemoOrganisation(database);
    await database.unit.update({
      where: { municipalityId_name: { municipalityId: (await database.municipality.findFirstOrThrow()).id, name: "Åbyskolen" } },
      data: { name: "Åby Skole" },
    });
    expect(await seedIfEmpty(database)).toEqual({ seeded: false });
    expect(await database.unit.count({ where: { name: "Åbyskolen" } })).toBe(0);
  });

  it("lists each demo person once on the demo sign-in page, under their first role, with all their roles", async () => {
    await seedDemoOrganisation(database);
    const directory = await loadDemoDirectory(database);
    const listed = directory.flatMap(({ people }) => people.map((person) => person.email));
    expect(listed.filter((email, index) => listed.indexOf(email) !== index)).toEqual([]);
    expect(listed.length).toBe(await database.person.count({ where: { active: true } }));
    // The HR consultant is HR and, with a manager of her own, an employee too: listed under HR only.
    const hr = directory.find(({ group }) => group === "HR")!.people.find((person) => person.name === "Birgitte Dalsgaard")!;
    expect(hr.roles).toEqual(["HR", "EMPLOYEE"]);
    expect(
      da.auth.signIn.demoButton(
        hr.name,
        hr.jobTitle,
        hr.unit,
        hr.roles.map((role) => da.auth.signIn.demoRoles[role]),
      ),
    ).toBe("Log ind som Birgitte Dalsgaard · HR-konsulent, HR og Personale · HR og medarbejder");
  });
});
