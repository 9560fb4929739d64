import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { FieldError } from "@/lib/auth/errors";
import { savePerson } from "@/lib/domain/people/mutations";
import { personFormSchema } from "@/lib/domain/people/schema";
import { applyImport } from "@/lib/domain/people/import/apply";
import { previewImport } from "@/lib/domain/people/import/preview";
import { personalDataJson } from "@/lib/domain/personal-data/archive";
import { personalDataHtml } from "@/lib/domain/personal-data/html";
import { loadPersonalData } from "@/lib/domain/personal-data/load";
import { processingRecordDownload } from "@/lib/domain/privacy/record-download";
import { erasePerson } from "@/lib/domain/erasure/erase";
import { runRetention } from "@/lib/domain/retention/run";
import { eligiblePeople } from "@/lib/domain/rounds/eligibility";
import { includeParticipants } from "@/lib/domain/rounds/mutations/include";
import { addParticipant, removeParticipant } from "@/lib/domain/rounds/mutations/participants";
import { withDefaults } from "@/lib/domain/rounds/participant-defaults";
import { da } from "@/lib/i18n/da";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { utf8 } from "../support/people-csv";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, publishedRound } from "../support/rounds";

// Employment facts from the HR export (type, start date, birth year or a senior flag): read by the
// import with Danish messages per line, used by a new round's default participants, shown in the
// person's own export and the record of processing, and cleared when a leaver is anonymised.

const database = testDatabase();
const t = da.employment.errors;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("the import's employment columns", () => {
  let municipalityId = "";
  let adminId = "";

  beforeEach(async () => {
    await resetDatabase();
    municipalityId = (await database.municipality.create({ data: { name: "Testkommune" } })).id;
    const area = await database.unit.create({ data: { municipalityId, name: "Stab", kind: "AREA" } });
    await database.unit.createMany({
      data: [
        { municipalityId, name: "Direktionen", kind: "UNIT", parentId: area.id },
        { municipalityId, name: "Køkkenet", kind: "UNIT", parentId: area.id },
      ],
    });
    adminId = (await database.person.create({ data: { municipalityId, name: "Lone Friis Mølgaard", email: "lone@test.example" } })).id;
  });

  const csv = (header: string, ...lines: string[]) => utf8([header, ...lines].join("\r\n") + "\r\n");
  const header = "Medarbejdernr;Navn;E-mail;Enhed;Leders medarbejdernummer;Roller;Ansættelsesform;Ansat fra;Fødselsår";
  const good = [
    "1001;Lone Friis Mølgaard;lone@test.example;Direktionen;;Administrator;Fastansat;01-02-2004;1968",
    "1002;Mette Søndergård;mette@test.example;Køkkenet;1001;;Månedslønnet;1.2.2015;",
    "1003;Bjørn Kjær;;Køkkenet;1002;;Timelønnet vikar;2024-02-01;1990",
    "1004;Åse Ødegård;;Køkkenet;1002;;Fastansat;15.08.1999;1961",
  ];

  async function importFile(bytes: Uint8Array) {
    const preview = await previewImport(database, bytes, municipalityId, adminId);
    if (!preview.ok) return { preview, outcome: null };
    const outcome = await applyImport(database, {
      rows: preview.rows,
      fingerprint: preview.plan.fingerprint,
      municipalityId,
      actorId: adminId,
    });
    return { preview, outcome };
  }
  const facts = (employeeNumber: string) =>
    database.person.findFirstOrThrow({
      where: { municipalityId, employeeNumber },
      select: { employmentType: true, employmentStart: true, birthYear: true, senior: true },
    });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("stores type, start and birth year from Danish and English headers and dates as Danes write them", async () => {
    const { outcome } = await importFile(csv(header, ...good));
    expect(outcome).toMatchObject({ status: "applied", created: 3, updated: 1 });
    expect(await facts("1001")).toEqual({ employmentType: "PERMANENT", employmentStart: day("2004-02-01"), birthYear: 1968, senior: null });
    expect(await facts("1002")).toEqual({ employmentType: "PERMANENT", employmentStart: day("2015-02-01"), birthYear: null, senior: null });
    expect(await facts("1003")).toEqual({ employmentType: "HOURLY", employmentStart: day("2024-02-01"), birthYear: 1990, senior: null });
    expect(await facts("1004")).toMatchObject({ employmentStart: day("1999-08-15"), birthYear: 1961 });
  });

  it("refuses bad values line by line, in Danish, naming what it accepts, and writes nothing", async () => {
    const preview = await previewImport(
      database,
      csv(
        header,
        "1001;Lone Friis Mølgaard;lone@test.example;Direktionen;;Administrator;Fuldtid;01-02-2004;1968",
        "1002;Mette Søndergård;mette@test.example;Køkkenet;1001;;Fastansat;31-02-2015;",
        "1003;Bjørn Kjær;;Køkkenet;1002;;Timelønnet;2024-02-01;1850",
        "1004;Åse Ødegård;;Køkkenet;1002;;Fastansat;15.08.1999;150361-1234",
        "1005;Jonas Brøndum;;Køkkenet;1002;;Elev;01-02-24;2001",
      ),
      municipalityId,
      adminId,
    );
    expect(preview.ok).toBe(false);
    const errors = preview.ok ? [] : preview.errors;
    expect(errors).toEqual([
      { line: 2, message: t.unknownType("Fuldtid") },
      { line: 3, message: t.badDate("31-02-2015") },
      { line: 4, message: t.birthYearOutOfRange(1850, 1920, new Date().getUTCFullYear() - 13) },
      { line: 5, message: t.cprNumber },
      { line: 6, message: t.badDate("01-02-24") },
    ]);
    expect(errors[0].message).toContain("timelønnet");
    // The CPR number is not repeated back to the administrator's screen.
    expect(JSON.stringify(errors)).not.toContain("150361");
    expect(await database.person.count({ where: { municipalityId } })).toBe(1);
  });

  it("keeps stored facts when the file has no such column, clears one whose cell is empty, and shows the change", async () => {
    await importFile(csv(header, ...good));
    // No employment columns at all: nothing about employment changes.
    const plain = "Medarbejdernr;Navn;E-mail;Enhed;Leders medarbejdernummer;Roller";
    const withoutFacts = good.map((line) => line.split(";").slice(0, 6).join(";"));
    const { preview } = await importFile(csv(plain, ...withoutFacts));
    expect(preview.ok && preview.plan.update.length).toBe(0);
    expect(await facts("1003")).toMatchObject({ employmentType: "HOURLY", birthYear: 1990 });

    // Only the birth-year column, now empty for Bjørn: cleared; the type stays.
    const yearOnly = good.map((line) => {
      const cells = line.split(";");
      return [...cells.slice(0, 6), cells[0] === "1003" ? "" : cells[8]].join(";");
    });
    const second = await importFile(csv(`${plain};Fødselsår`, ...yearOnly));
    expect(second.preview.ok && second.preview.plan.update.map((row) => [row.employeeNumber, row.changed])).toEqual([
      ["1003", ["employment"]],
    ]);
    expect(da.peopleImport.field.employment).toBe("ansættelse");
    expect(await facts("1003")).toMatchObject({ employmentType: "HOURLY", birthYear: null });
  });

  it("keeps only the year of a date of birth, and reads a senior flag", async () => {
    const { outcome } = await importFile(
      csv(
        "Medarbejdernummer;Navn;E-mail;Enhed;Leders medarbejdernummer;Roller;Fødselsdato;Senior",
        "1001;Lone Friis Mølgaard;lone@test.example;Direktionen;;Administrator;14-03-1962;",
        "1002;Mette Søndergård;mette@test.example;Køkkenet;1001;;;Ja",
        "1003;Bjørn Kjær;;Køkkenet;1002;;;nej",
      ),
    );
    expect(outcome?.status).toBe("applied");
    expect(await facts("1001")).toMatchObject({ birthYear: 1962, senior: null });
    expect(await facts("1002")).toMatchObject({ birthYear: null, senior: true });
    expect(await facts("1003")).toMatchObject({ senior: false });
  });

  it("edits the facts in the person form, with the import's rules next to the fields", async () => {
    await importFile(csv(header, ...good));
    const bjoern = await database.person.findFirstOrThrow({ where: { municipalityId, employeeNumber: "1003" }, include: { roles: true } });
    const unit = await database.unit.findFirstOrThrow({ where: { municipalityId, name: "Køkkenet" } });
    const form = {
      id: bjoern.id,
      version: bjoern.updatedAt.toISOString(),
      name: bjoern.name,
      email: "",
      employeeNumber: "1003",
      jobTitle: "",
      unitId: unit.id,
      manager: "1002",
      roles: [],
      active: true,
      employmentType: "FIXED_TERM" as const,
      employmentStart: "2025-03-01",
      birthYear: "1850",
      senior: "" as const,
    };
    const refused = personFormSchema.safeParse(form);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["birthYear", t.birthYearOutOfRange(1850, 1920, new Date().getUTCFullYear() - 13)],
    ]);
    const values = personFormSchema.parse({ ...form, birthYear: "1989", senior: "yes" });
    await savePerson(database, { values, actorId: adminId, municipalityId });
    expect(await facts("1003")).toEqual({
      employmentType: "FIXED_TERM",
      employmentStart: day("2025-03-01"),
      birthYear: 1989,
      senior: true,
    });
    const audit = await database.auditEvent.findFirstOrThrow({
      where: { action: "person.update", subjectId: bjoern.id },
      orderBy: { id: "desc" },
    });
    // The facts are named in the audit log, never their values.
    expect(audit.details).toMatchObject({ employmentChanged: ["employmentType", "employmentStart", "birthYear", "senior"] });
    expect(JSON.stringify(audit.details)).not.toContain("1989");
  });
});

describe("a round's default participants", () => {
  let mette: Actor;
  let municipalityId = "";
  const person = (local: string) => database.person.findUniqueOrThrow({ where: { email: demoEmail(local) } });
  const setFacts = (local: string, data: Parameters<typeof database.person.update>[0]["data"]) =>
    database.person.update({ where: { email: demoEmail(local) }, data });
  const participants = async (roundId: string) =>
    Object.fromEntries(
      (await database.roundParticipant.findMany({ where: { roundId }, include: { person: true } })).map((participant) => [
        participant.person.name,
        participant.offerSeniorConversation,
      ]),
    );
  const version = async (roundId: string) => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;

  beforeEach(async () => {
    await resetDatabase();
    await seedDemoOrganisation(database);
    mette = await actorFor(database, demoEmail("mette.soendergaard"));
    municipalityId = (await database.municipality.findFirstOrThrow()).id;
    // Conversations from 1 February 2027 (tests/support/rounds.ts); six months' employment required.
    await database.municipality.update({ where: { id: municipalityId }, data: { minimumEmploymentMonths: 6 } });
    await setFacts("jonas.broendum", { employmentType: "HOURLY" });
    await setFacts("freja.lund", { employmentType: "PERMANENT", employmentStart: new Date("2026-10-01T00:00:00Z") });
    await setFacts("aase.kirkegaard", { employmentType: "PERMANENT", birthYear: 1963 });
    await setFacts("mikkel.thoegersen", { senior: true });
  }, 120_000);

  it("leaves hourly substitutes and new hires out with the reason, and offers the seniorsamtale from the age", async () => {
    const roundId = await publishedRound(database, mette, { publish: false });
    const taken = await participants(roundId);
    expect(Object.keys(taken)).not.toContain("Jonas Brøndum");
    expect(Object.keys(taken)).not.toContain("Freja Lund");
    expect(taken["Åse Kirkegaard"]).toBe(true); // 64 in 2027
    expect(taken["Mikkel Thøgersen"]).toBe(true); // HR's senior flag, no birth year
    expect(taken["Ida Vestergaard"]).toBe(false);

    const round = await database.round.findUniqueOrThrow({ where: { id: roundId } });
    const open = (await withDefaults(database, municipalityId, await eligiblePeople(database, mette.id, "MUS", round.year), round)).filter(
      (candidate) => !(candidate.name in taken),
    );
    expect(open.map((candidate) => [candidate.name, candidate.participation.reason])).toEqual([
      ["Freja Lund", { kind: "newHire", months: 6 }],
      ["Jonas Brøndum", { kind: "hourly" }],
    ]);
    expect(da.employment.participants.reasons.hourly).toBe("Timelønnet vikar – ikke med som standard");
    expect(da.employment.participants.reasons.newHire(6)).toBe("Ansat for under 6 måneder");
  });

  it("lets the leader take them in, together or one at a time, the seniorsamtale pre-set as for everyone", async () => {
    await setFacts("jonas.broendum", { birthYear: 1960 });
    const roundId = await publishedRound(database, mette, { publish: false });
    const jonas = await person("jonas.broendum");
    const freja = await person("freja.lund");
    const result = await includeParticipants(database, { actor: mette, roundId, version: await version(roundId) }, [jonas.id, freja.id]);
    expect(result.added.map((row) => [row.name, row.offerSeniorConversation])).toEqual([
      ["Jonas Brøndum", true],
      ["Freja Lund", false],
    ]);
    const taken = await participants(roundId);
    expect(taken["Jonas Brøndum"]).toBe(true);
    expect(taken["Freja Lund"]).toBe(false);

    // Out again and back one at a time: the same default for the seniorsamtale.
    const participant = await database.roundParticipant.findFirstOrThrow({ where: { roundId, personId: jonas.id } });
    const removed = await removeParticipant(database, { actor: mette, roundId, version: await version(roundId) }, participant.id);
    expect(removed.leftOut).toEqual({ kind: "hourly" }); // listed again with the reason
    const again = await addParticipant(database, { actor: mette, roundId, version: await version(roundId) }, jonas.id);
    expect(again.offerSeniorConversation).toBe(true);

    // Someone who is not the leader's to invite is refused at the field, by name, and nothing is added.
    const kasper = await person("kasper.noergaard");
    const refused = await rejection(includeParticipants(database, { actor: mette, roundId, version: await version(roundId) }, [kasper.id]));
    expect(refused).toBeInstanceOf(FieldError);
    expect((refused as FieldError).field).toBe("personIds");
  });

  it("follows the municipality's choices: hourly substitutes invited, no age, no minimum", async () => {
    await database.municipality.update({
      where: { id: municipalityId },
      data: { inviteHourlySubstitutes: true, seniorConversationAge: null, minimumEmploymentMonths: null },
    });
    const roundId = await publishedRound(database, mette, { publish: false });
    const taken = await participants(roundId);
    expect(taken["Jonas Brøndum"]).toBe(false);
    expect(taken["Freja Lund"]).toBe(false);
    expect(taken["Åse Kirkegaard"]).toBe(false);
    expect(Object.values(taken).every((offered) => !offered)).toBe(true);
  });
});

describe("the facts as personal data", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemoOrganisation(database);
  }, 120_000);

  it("are in the person's own export and named in the record of processing", async () => {
    const aase = await database.person.update({
      where: { email: demoEmail("aase.kirkegaard") },
      data: { employmentType: "HOURLY", employmentStart: new Date("2019-08-01T00:00:00Z"), birthYear: 1963, senior: true },
    });
    const data = (await loadPersonalData(database, aase.id))!;
    expect(data.person).toMatchObject({ employmentType: "HOURLY", employmentStart: "2019-08-01", birthYear: 1963, senior: true });
    expect(personalDataJson(data)).toContain('"birthYear": 1963');
    const html = personalDataHtml(data);
    for (const text of ["Ansættelsestype", "Timelønnet vikar", "Ansat fra", "1. august 2019", "Fødselsår", "1963"])
      expect(html).toContain(text);

    const admin = await actorFor(database, demoEmail("peter.jaeger"));
    const reader = { ...admin, municipalityId: aase.municipalityId };
    const record = String((await processingRecordDownload(database, reader, new Date("2027-01-15T10:00:00Z"))).body);
    expect(record).toContain("kun året, aldrig CPR-nummer eller fødselsdato");
  });

  it("are cleared when the retention job anonymises someone who left, and when a person is erased", async () => {
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    const facts = { employmentType: "HOURLY" as const, employmentStart: new Date("2015-01-01T00:00:00Z"), birthYear: 1955, senior: true };
    const leaver = await database.person.create({
      data: {
        municipalityId,
        name: "Bjørn Kjær",
        employeeNumber: "9001",
        active: false,
        deactivatedAt: new Date("2020-01-01T00:00:00Z"),
        ...facts,
      },
    });
    await runRetention(database, municipalityId, { now: new Date("2026-11-30T00:00:00Z"), trigger: "schedule" });
    expect(await database.person.findUniqueOrThrow({ where: { id: leaver.id } })).toMatchObject({
      name: da.retention.anonymousName,
      anonymisedAt: expect.any(Date),
      employmentType: null,
      employmentStart: null,
      birthYear: null,
      senior: null,
    });

    const admin = await actorFor(database, demoEmail("peter.jaeger"));
    const other = await database.person.create({
      data: { municipalityId, name: "Signe Vik", employeeNumber: "9002", active: false, deactivatedAt: new Date(), ...facts },
    });
    await erasePerson(database, { municipalityId, personId: other.id, actorId: admin.id });
    expect(await database.person.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      employmentType: null,
      employmentStart: null,
      birthYear: null,
      senior: null,
    });
  });
});
