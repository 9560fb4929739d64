import { beforeEach, describe, expect, it } from "vitest";
import { applyCommitteeImport } from "@/lib/domain/committees/import/apply";
import { previewCommitteeImport, readCommitteeFile } from "@/lib/domain/committees/import/preview";
import { committeeCovers } from "@/lib/domain/committees/coverage";
import { saveCommittee } from "@/lib/domain/committees/mutations";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { demoEmail } from "../support/rounds";

// Importing MED committees from CSV: a preview naming every line that cannot be read, in Danish,
// then an all-or-nothing apply against the same registrations, audited. In the demo, Anne Sofie
// Mørch is a MED representative and sits on the committee for Børn og Unge.

const database = testDatabase();
const at = demoEmail;
let municipalityId = "";
let adminId = "";

const bytes = (text: string) => new TextEncoder().encode(text);
const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
const preview = (text: string | Uint8Array) =>
  previewCommitteeImport(database, typeof text === "string" ? bytes(text) : text, municipalityId);

async function apply(text: string) {
  const result = await preview(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const file = await readCommitteeFile(bytes(text));
  return applyCommitteeImport(database, {
    committees: file.committees,
    fingerprint: result.plan.fingerprint,
    municipalityId,
    actorId: adminId,
  });
}

async function representative(local: string, employeeNumber?: string) {
  const person = await database.person.findUniqueOrThrow({ where: { email: at(local) } });
  await database.roleAssignment.create({ data: { personId: person.id, role: "COMMITTEE_MEMBER" } });
  if (employeeNumber) await database.person.update({ where: { id: person.id }, data: { employeeNumber } });
  return person;
}

const committeeNamed = (name: string) =>
  database.medCommittee.findFirstOrThrow({
    where: { name },
    include: { units: { include: { unit: true } }, members: true },
  });

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  adminId = (await database.person.findUniqueOrThrow({ where: { email: at("peter.jaeger") } })).id;
});

describe("the MED committee import", () => {
  it("creates and updates the committees named in the file, with units by name and members by e-mail or number", async () => {
    const signe = await representative("signe.dahl", "40123");
    const lise = await representative("lise.oesterby");
    const anne = await database.person.findUniqueOrThrow({ where: { email: at("anne.moerch") } });
    const file = [
      "Udvalg;Enheder;Medlemmer",
      `Lokal-MED Åbyskolen;Åbyskolen;40123`,
      `MED-udvalget for Sundhed og Omsorg;Hjemmeplejen Vest | plejecenter ærtebjerghave;${at("lise.oesterby").toUpperCase()}`,
      `MED-udvalget for Sundhed og Omsorg;;${at("anne.moerch")}`,
      `med-udvalget for børn og unge;Børn og Unge;${at("anne.moerch")}|40123`,
      "",
    ].join("\r\n");
    const result = await preview(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.committees.map(({ name, change, units, members }) => ({ name, change, units, members }))).toEqual([
      { name: "Lokal-MED Åbyskolen", change: "create", units: ["Åbyskolen"], members: ["Signe Dahl"] },
      {
        name: "MED-udvalget for Sundhed og Omsorg",
        change: "create",
        units: ["Hjemmeplejen Vest", "Plejecenter Ærtebjerghave"],
        members: ["Anne Sofie Mørch", "Lise Østerby"],
      },
      // The same committee as the demo's, matched without regard to case: renamed and given a member.
      { name: "med-udvalget for børn og unge", change: "update", units: ["Børn og Unge"], members: ["Anne Sofie Mørch", "Signe Dahl"] },
    ]);
    // The preview writes nothing.
    expect(await database.medCommittee.count()).toBe(1);

    await expect(apply(file)).resolves.toEqual({ status: "applied", created: 2, updated: 1 });
    expect(await database.medCommittee.count()).toBe(3);
    const care = await committeeNamed("MED-udvalget for Sundhed og Omsorg");
    expect(care.members.map((member) => member.personId).sort()).toEqual([anne.id, lise.id].sort());
    const unit = await database.unit.findFirstOrThrow({ where: { name: "Hjemmeplejen Vest" } });
    expect(await committeeCovers(database, lise.id, unit.id)).toBe(true);
    expect(await committeeCovers(database, signe.id, unit.id)).toBe(false);

    const audits = await database.auditEvent.findMany({ where: { action: { in: ["medCommittee.save", "medCommittee.import"] } } });
    expect(audits.filter((row) => row.action === "medCommittee.save")).toHaveLength(3);
    expect(audits.find((row) => row.action === "medCommittee.import")).toMatchObject({
      actorId: adminId,
      details: { created: 2, updated: 1 },
    });

    // The same file again: nothing to do.
    const again = await preview(file);
    expect(again.ok && again.plan.committees.map((committee) => committee.change)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("names every line it cannot read, in Danish, and writes nothing", async () => {
    await representative("signe.dahl");
    await database.person.update({ where: { email: at("anne.moerch") }, data: { active: false } });
    const file = [
      "udvalg,enheder,medlemmer",
      "Lokal-MED Åbyskolen,Åbyskolen,signe.dahl@vesteraa.example",
      "Lokal-MED Åbyskolen,Månebyen,nobody@vesteraa.example",
      ",Åbyskolen,",
      `Lokal-MED Åbyskolen,,${at("kasper.noergaard")}`,
      `Lokal-MED Åbyskolen,,${at("anne.moerch")}`,
      "Lokal-MED Åbyskolen,,99999",
      `${"x".repeat(121)},,`,
      "Lokal-MED Åbyskolen,Åbyskolen,signe.dahl@vesteraa.example,ekstra",
    ].join("\n");
    const result = await preview(file);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, message: "Enheden »Månebyen« findes ikke i kommunen." },
        { line: 3, message: "Der er ingen person med e-mail eller medarbejdernummer »nobody@vesteraa.example« i kommunen." },
        { line: 4, message: "Udvalgets navn mangler." },
        {
          line: 5,
          message:
            "Kasper Nørgaard (kasper.noergaard@vesteraa.example) har ikke rollen MED-repræsentant. Giv rollen på personens side eller i personimporten først; en plads i et udvalg følger rollen.",
        },
        { line: 6, message: "Anne Sofie Mørch (anne.moerch@vesteraa.example) er ikke længere aktiv og kan ikke sidde i et udvalg." },
        { line: 7, message: "Der er ingen person med e-mail eller medarbejdernummer »99999« i kommunen." },
        { line: 8, message: "Udvalgets navn er for langt (højst 120 tegn)." },
        { line: 9, message: "Linjen har flere felter end overskriften. Står der et skilletegn i et felt uden anførselstegn?" },
      ].sort((a, b) => a.line - b.line),
    });
    expect(await preview("Navn;Medlemmer\nA;b\n")).toEqual({
      ok: false,
      errors: [{ line: 1, message: "Kolonnen »enheder« mangler i overskriftslinjen." }],
    });
    expect(await preview('Udvalg;Enheder;Medlemmer\n"Lokal;Åbyskolen;\n')).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    expect(await database.medCommittee.count()).toBe(1);
  });

  it("reads a Windows-1252 file from Danish Excel", async () => {
    await representative("signe.dahl");
    const result = await preview(windows1252(`Udvalg;Enheder;Medlemmer\r\nLokal-MED Åbyskolen;Åbyskolen;${at("signe.dahl")}\r\n`));
    expect(result.ok && result.plan.committees[0]).toMatchObject({ name: "Lokal-MED Åbyskolen", units: ["Åbyskolen"] });
  });

  it("refuses to apply a preview that no longer holds, writing nothing", async () => {
    const signe = await representative("signe.dahl");
    const file = `Udvalg;Enheder;Medlemmer\nLokal-MED Åbyskolen;Åbyskolen;${at("signe.dahl")}\n`;
    const result = await preview(file);
    if (!result.ok) throw new Error("expected a plan");
    // Meanwhile an administrator creates the same committee in the form, with other units.
    const unit = await database.unit.findFirstOrThrow({ where: { name: "Digitalisering" } });
    await saveCommittee(database, {
      municipalityId,
      actorId: adminId,
      values: { name: "Lokal-MED Åbyskolen", unitIds: [unit.id], memberIds: [signe.id] },
    });
    const parsed = await readCommitteeFile(bytes(file));
    await expect(
      applyCommitteeImport(database, {
        committees: parsed.committees,
        fingerprint: result.plan.fingerprint,
        municipalityId,
        actorId: adminId,
      }),
    ).resolves.toEqual({ status: "stale" });
    const kept = await committeeNamed("Lokal-MED Åbyskolen");
    expect(kept.units.map((entry) => entry.unit.name)).toEqual(["Digitalisering"]);
    expect(await database.auditEvent.count({ where: { action: "medCommittee.import" } })).toBe(0);
  });
});
