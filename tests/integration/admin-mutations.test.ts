import { beforeEach, describe, expect, it } from "vitest";
import { FieldError, FormError } from "@/lib/auth/errors";
import { saveUnit } from "@/lib/domain/organisation/mutations";
import { savePerson } from "@/lib/domain/people/mutations";
import { personFormSchema, type PersonFormValues } from "@/lib/domain/people/schema";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { publishedRound } from "../support/rounds";

const database = testDatabase();
let municipalityId = "";
let adminId = "";

async function person(email: string) {
  return database.person.findUniqueOrThrow({ where: { email }, include: { manager: true, roles: true } });
}

async function formFor(email: string): Promise<PersonFormValues> {
  const current = await person(email);
  return {
    id: current.id,
    version: current.updatedAt.toISOString(),
    name: current.name,
    email: current.email ?? "",
    employeeNumber: current.employeeNumber ?? "",
    jobTitle: current.jobTitle ?? "",
    unitId: current.unitId!,
    manager: current.manager?.email ?? current.manager?.employeeNumber ?? "",
    roles: current.roles.map((assignment) => assignment.role),
    active: current.active,
  };
}

const save = (values: PersonFormValues) => savePerson(database, { values, actorId: adminId, municipalityId });

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  adminId = (await person("peter.jaeger@vesteraa.example")).id;
});

describe("editing a person", () => {
  it("saves the change, the roles and an audit entry in one go", async () => {
    const form = await formFor("freja.lund@vesteraa.example");
    await save({ ...form, jobTitle: "Pædagogisk leder", roles: ["COMMITTEE_MEMBER"] });
    const saved = await person("freja.lund@vesteraa.example");
    expect(saved.jobTitle).toBe("Pædagogisk leder");
    expect(saved.roles.map((role) => role.role)).toEqual(["COMMITTEE_MEMBER"]);
    expect(await database.auditEvent.count({ where: { action: "person.update", subjectId: saved.id, actorId: adminId } })).toBe(1);
  });

  it("tells the old address when the e-mail (the sign-in identity) changes, and records before and after", async () => {
    const form = await formFor("freja.lund@vesteraa.example");
    await save({ ...form, email: "freja.lund.ny@vesteraa.example", jobTitle: "Pædagogisk leder" });
    const mails = await database.outgoingMail.findMany({ where: { to: "freja.lund@vesteraa.example" } });
    expect(mails.map((mail) => mail.subject)).toEqual(["Din e-mailadresse i MUS og LUS er ændret"]);
    expect(mails[0].text).toContain("til freja.lund.ny@vesteraa.example");
    const event = await database.auditEvent.findFirstOrThrow({ where: { action: "person.update", resourceId: form.id } });
    expect(event.details).toEqual({
      changes: {
        email: { from: "freja.lund@vesteraa.example", to: "freja.lund.ny@vesteraa.example" },
        jobTitle: { from: "Pædagog", to: "Pædagogisk leder" },
      },
    });
    // A save that changes nothing of the address sends nothing.
    await save({ ...(await formFor("freja.lund.ny@vesteraa.example")), jobTitle: "Pædagog" });
    expect(await database.outgoingMail.count()).toBe(1);
  });

  it("refuses a manager that would make the chain go round, next to the manager field", async () => {
    const leader = await formFor("mette.soendergaard@vesteraa.example");
    await expect(save({ ...leader, manager: "freja.lund@vesteraa.example" })).rejects.toMatchObject(
      new FieldError("manager", "Det giver en lederkæde, der går i ring."),
    );
    expect((await person("mette.soendergaard@vesteraa.example")).manager?.email).toBe("karen.hoejgaard@vesteraa.example");
  });

  it("refuses an e-mail someone else has, whatever its case", async () => {
    const form = await formFor("freja.lund@vesteraa.example");
    await expect(save({ ...form, email: "jonas.broendum@vesteraa.example" })).rejects.toBeInstanceOf(FieldError);
  });

  it("refuses to overwrite a save made after the form was opened", async () => {
    const form = await formFor("freja.lund@vesteraa.example");
    await save({ ...form, jobTitle: "Først" });
    await expect(save({ ...form, jobTitle: "Bagefter" })).rejects.toBeInstanceOf(FormError);
    expect((await person("freja.lund@vesteraa.example")).jobTitle).toBe("Først");
  });

  it("ends the sessions of someone deactivated, and keeps the person", async () => {
    const freja = await person("freja.lund@vesteraa.example");
    await database.authSession.create({ data: { personId: freja.id, provider: "demo" } });
    await save({ ...(await formFor(freja.email!)), active: false });
    const sessions = await database.authSession.findMany({ where: { personId: freja.id } });
    expect(sessions.every((session) => session.endReason === "deactivated")).toBe(true);
    expect((await person(freja.email!)).deactivatedAt).not.toBeNull();
  });

  it("tells the nearest active leader above when a leader with an open round is deactivated, and nobody for a closed one", async () => {
    const mette = await person("mette.soendergaard@vesteraa.example");
    const open = await publishedRound(database, { id: mette.id, active: true, roles: [] }, { year: 2027 });
    const closed = await publishedRound(database, { id: mette.id, active: true, roles: [] }, { year: 2026 });
    await database.round.update({ where: { id: closed }, data: { state: "CLOSED", closedAt: new Date() } });
    await save({ ...(await formFor(mette.email!)), active: false });
    const mails = await database.outgoingMail.findMany({ where: { subject: { contains: "skal have en ny leder" } } });
    // Karen, Mette's own leader, once: for the open round only.
    expect(mails.map((mail) => mail.to)).toEqual(["karen.hoejgaard@vesteraa.example"]);
    expect(mails[0].text).toContain(`/runder/overdragelse/${open}`);
    expect(mails[0].text).toContain("Mette Søndergård er ikke længere aktiv");
  });

  it("does not let administrators lock themselves out", async () => {
    const form = await formFor("peter.jaeger@vesteraa.example");
    await expect(save({ ...form, active: false })).rejects.toBeInstanceOf(FieldError);
    await expect(save({ ...form, roles: [] })).rejects.toBeInstanceOf(FieldError);
  });
});

describe("a person's employee number and optional address", () => {
  const byId = (id: string) => database.person.findUniqueOrThrow({ where: { id }, include: { manager: true } });

  it("creates a person without an address, with a number, and names a manager by number", async () => {
    const mette = await formFor("mette.soendergaard@vesteraa.example");
    await save({ ...mette, employeeNumber: "K-0042" });
    const unitId = mette.unitId;
    const form = personFormSchema.parse({
      name: "Bjørn Kjær",
      email: "",
      employeeNumber: " 7731 ",
      jobTitle: "Køkkenassistent",
      unitId,
      manager: "K-0042",
      roles: [],
      active: true,
    });
    const { id } = await save(form);
    const saved = await byId(id);
    expect([saved.email, saved.employeeNumber, saved.manager?.name]).toEqual([null, "7731", "Mette Søndergård"]);
    // Editing them again keeps the missing address missing.
    await save({ ...form, id, version: saved.updatedAt.toISOString(), jobTitle: "Køkkenleder" });
    expect((await byId(id)).email).toBeNull();
  });

  it("refuses, next to the field, a number someone else in the municipality has and a manager number nobody has", async () => {
    const freja = await formFor("freja.lund@vesteraa.example");
    await save({ ...freja, employeeNumber: "5001" });
    const jonas = await formFor("jonas.broendum@vesteraa.example");
    await expect(save({ ...jonas, employeeNumber: "5001" })).rejects.toMatchObject(
      new FieldError("employeeNumber", "En anden person har allerede det medarbejdernummer."),
    );
    await expect(save({ ...jonas, manager: "9999" })).rejects.toMatchObject(
      new FieldError("manager", "Der er ingen aktiv person med det medarbejdernummer."),
    );
    // The same number in another municipality is someone else's business.
    const other = await database.municipality.create({ data: { name: "Anden Kommune" } });
    await database.person.create({ data: { municipalityId: other.id, name: "Et Andet Menneske", employeeNumber: "5002" } });
    await save({ ...jonas, employeeNumber: "5002" });
    expect((await person("jonas.broendum@vesteraa.example")).employeeNumber).toBe("5002");
  });

  it("tells the old address when the address is removed", async () => {
    const form = await formFor("freja.lund@vesteraa.example");
    await save({ ...form, email: "", employeeNumber: "5003" });
    const freja = await byId(form.id!);
    expect(freja.email).toBeNull();
    const mails = await database.outgoingMail.findMany({ where: { to: "freja.lund@vesteraa.example" } });
    expect(mails.map((mail) => mail.text)).toEqual([expect.stringContaining("fjernet")]);
  });

  it("checks the form's fields with Danish messages, in the browser as on the server", () => {
    const result = personFormSchema.safeParse({
      name: "Bjørn Kjær",
      email: "ikke-en-adresse",
      employeeNumber: "x".repeat(51),
      jobTitle: "",
      unitId: "3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60",
      manager: "chef@",
      roles: [],
      active: true,
    });
    expect(result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      email: "Skriv en gyldig e-mailadresse, f.eks. navn@kommune.dk.",
      employeeNumber: "Højst 50 tegn.",
      manager: "Skriv en gyldig e-mailadresse, f.eks. navn@kommune.dk.",
    });
    const neither = personFormSchema.safeParse({
      name: "Bjørn Kjær",
      email: " ",
      employeeNumber: "",
      jobTitle: "",
      unitId: "3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60",
      manager: "",
      roles: [],
      active: true,
    });
    expect(neither.success ? [] : neither.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["employeeNumber", "Udfyld medarbejdernummer eller e-mail. Uden nogen af dem kan importen ikke finde personen igen."],
    ]);
  });
});

describe("editing units", () => {
  it("refuses a second unit with a taken name, next to the name", async () => {
    const area = await database.unit.findFirstOrThrow({ where: { name: "Børn og Unge" } });
    await expect(
      saveUnit(database, { values: { name: "Åbyskolen", kind: "UNIT", parentId: area.id }, actorId: adminId, municipalityId }),
    ).rejects.toMatchObject(new FieldError("name", "Der findes allerede en enhed eller et område med det navn."));
  });

  it("will not turn an area with units into a unit", async () => {
    const area = await database.unit.findFirstOrThrow({ where: { name: "Børn og Unge" } });
    const other = await database.unit.findFirstOrThrow({ where: { name: "Sundhed og Omsorg" } });
    await expect(
      saveUnit(database, {
        values: { id: area.id, name: area.name, kind: "UNIT", parentId: other.id, version: area.updatedAt.toISOString() },
        actorId: adminId,
        municipalityId,
      }),
    ).rejects.toBeInstanceOf(FieldError);
  });
});
