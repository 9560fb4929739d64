import { beforeEach, describe, expect, it } from "vitest";
import { applyImport } from "@/lib/domain/people/import/apply";
import { previewImport } from "@/lib/domain/people/import/preview";
import { numberedPeopleCsv, utf8, type NumberedCsvPerson } from "../support/people-csv";
import { resetDatabase, testDatabase } from "../support/database";

// The employee number is a person's key in the import: matched before the e-mail address, so a
// changed address is the same person, and people without an address (kitchen, cleaning, care)
// can be imported at all.

const database = testDatabase();
let municipalityId = "";
let adminId = "";

const base: NumberedCsvPerson[] = [
  { employeeNumber: "1001", name: "Lone Friis Mølgaard", email: "lone@test.example", unit: "Direktionen", roles: "Administrator" },
  { employeeNumber: "1002", name: "Mette Søndergård", email: "mette@test.example", unit: "Køkkenet", managerNumber: "1001" },
  // The kitchen's own team leader has no address, and is named as manager by number.
  { employeeNumber: "1003", name: "Bjørn Kjær", unit: "Køkkenet", managerNumber: "1002", jobTitle: "Køkkenleder" },
  { employeeNumber: "1004", name: "Åse Ødegård", unit: "Køkkenet", managerNumber: "1003", jobTitle: "Køkkenassistent" },
  { employeeNumber: "1005", name: "Jonas Brøndum", email: "jonas@test.example", unit: "Køkkenet", manager: "mette@test.example" },
];

const file = (rows: NumberedCsvPerson[]) => utf8(numberedPeopleCsv(rows));

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

const byNumber = (employeeNumber: string) =>
  database.person.findFirstOrThrow({ where: { municipalityId, employeeNumber }, include: { manager: true } });

const errorsOf = async (rows: NumberedCsvPerson[]) => {
  const preview = await previewImport(database, file(rows), municipalityId, adminId);
  return preview.ok ? [] : preview.errors;
};

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

describe("the import's employee number", () => {
  it("imports people without an address, with managers named by number, and gives the registered administrator their number", async () => {
    const { preview, outcome } = await importFile(file(base));
    expect(preview.ok).toBe(true);
    expect(outcome).toEqual({ status: "applied", created: 4, updated: 1, deactivated: 0 });
    const lone = await database.person.findUniqueOrThrow({ where: { id: adminId } });
    expect(lone.employeeNumber).toBe("1001"); // matched on the address, then given the number
    const aase = await byNumber("1004");
    expect([aase.name, aase.email, aase.manager?.name]).toEqual(["Åse Ødegård", null, "Bjørn Kjær"]);
    expect((await byNumber("1003")).manager?.email).toBe("mette@test.example");
    expect((await byNumber("1005")).manager?.employeeNumber).toBe("1002");
  });

  it("keeps the person when their address changes, and updates it", async () => {
    await importFile(file(base));
    const before = await byNumber("1005");
    const moved = base.map((row) => (row.employeeNumber === "1005" ? { ...row, email: "JONAS.B@test.example" } : row));
    const { preview, outcome } = await importFile(file(moved));
    expect(preview.ok && preview.plan.update.map((row) => [row.employeeNumber, row.changed])).toEqual([["1005", ["email"]]]);
    expect(outcome).toEqual({ status: "applied", created: 0, updated: 1, deactivated: 0 });
    const after = await byNumber("1005");
    expect([after.id, after.email, after.active]).toEqual([before.id, "jonas.b@test.example", true]);
    expect(await database.person.count()).toBe(5);
  });

  it("refuses a number HR gave again to someone new, rather than hand them the leaver's record", async () => {
    await importFile(file(base));
    // Jonas leaves (the file no longer lists him), and later his number comes back on a newcomer.
    await importFile(file(base.filter((row) => row.employeeNumber !== "1005")));
    expect((await byNumber("1005")).active).toBe(false);
    const reused = [
      ...base.filter((row) => row.employeeNumber !== "1005"),
      { ...base[4], name: "Nadia Holm", email: "nadia@test.example" },
    ];
    const errors = await errorsOf(reused);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^Medarbejdernummer 1005 tilhørte Jonas Brøndum, som er fratrådt/),
    ]);
    // Jonas himself coming back (same name) is taken as him.
    const back = [...base.filter((row) => row.employeeNumber !== "1005"), { ...base[4], email: "jonas.ny@test.example" }];
    expect(await errorsOf(back)).toEqual([]);
  });

  it("lets two people swap addresses, and a newcomer take the address someone gave up, in one import", async () => {
    await importFile(file(base));
    const swapped = base.map((row) =>
      row.employeeNumber === "1002"
        ? { ...row, email: "jonas@test.example" }
        : row.employeeNumber === "1005"
          ? { ...row, email: "mette@test.example", manager: undefined, managerNumber: "1002" }
          : row,
    );
    const { outcome } = await importFile(file(swapped));
    expect(outcome).toMatchObject({ status: "applied", created: 0, updated: 2 });
    expect([(await byNumber("1002")).email, (await byNumber("1005")).email]).toEqual(["jonas@test.example", "mette@test.example"]);

    // Mette's address is removed in the HR system, and a newcomer is given it.
    const handedOn = [
      ...base.map((row) => (row.employeeNumber === "1002" ? { ...row, email: "" } : row)),
      { employeeNumber: "1006", name: "Ny Kollega", email: "mette@test.example", unit: "Køkkenet", managerNumber: "1002" },
    ].map((row) => (row.manager === "mette@test.example" ? { ...row, manager: undefined, managerNumber: "1002" } : row));
    const second = await importFile(file(handedOn));
    expect(second.outcome).toMatchObject({ status: "applied", created: 1 });
    expect((await byNumber("1002")).email).toBeNull();
    expect((await byNumber("1006")).email).toBe("mette@test.example");
  });

  it("refuses a row with neither an address nor a number, naming the line, and writes nothing", async () => {
    const errors = await errorsOf([...base, { name: "Uden Nøgle", unit: "Køkkenet" }]);
    expect(errors).toEqual([{ line: 7, message: "Linjen har hverken e-mail eller medarbejdernummer. Mindst ét af dem skal udfyldes." }]);
    expect(await database.person.count()).toBe(1);
  });

  it("refuses the same number or the same address on two rows, naming both, and writes nothing", async () => {
    const errors = await errorsOf([
      ...base,
      { employeeNumber: "1004", name: "Dobbelt Nummer", unit: "Køkkenet" }, // line 7
      { employeeNumber: "1007", name: "Dobbelt Adresse", email: "Jonas@test.example", unit: "Køkkenet" }, // line 8
    ]);
    expect(errors).toEqual([
      { line: 7, message: "Medarbejdernummeret står også i linje 5." },
      { line: 8, message: "E-mailadressen står også i linje 6." },
    ]);
    expect(await database.person.count()).toBe(1);
  });

  it("refuses an address that someone outside the file still has, and a manager named two ways that differ", async () => {
    await importFile(file(base));
    // Jonas leaves (not in the file) while a newcomer's row carries his address.
    const rows = [
      ...base.filter((row) => row.employeeNumber !== "1005"),
      {
        employeeNumber: "2001",
        name: "Ny Jonas",
        email: "jonas@test.example",
        unit: "Køkkenet",
        manager: "mette@test.example",
        managerNumber: "1003",
      },
    ];
    expect(await errorsOf(rows)).toEqual([
      { line: 6, message: "Leders e-mail og leders medarbejdernummer peger på to forskellige personer." },
    ]);
    const sameManager = rows.map((row) => (row.employeeNumber === "2001" ? { ...row, managerNumber: "1002" } : row));
    expect(await errorsOf(sameManager)).toEqual([
      {
        line: 6,
        message:
          "E-mailadressen jonas@test.example tilhører allerede Jonas Brøndum (medarbejdernummer 1005), som ikke står i filen. Ret adressen i filen, eller ret personen under Personer.",
      },
    ]);
  });

  it("recognises the usual headers for the number", async () => {
    for (const header of ["Medarb.nr.", "Lønnummer", "Employee number", "MEDARBEJDER-NR"]) {
      const text = `${header};Navn;E-mail;Enhed\r\n1001;Lone Friis Mølgaard;lone@test.example;Direktionen\r\n1008;Åse Ødegård;;Køkkenet\r\n`;
      const preview = await previewImport(database, utf8(text), municipalityId, adminId);
      expect(preview.ok && preview.plan.create.map((row) => [row.employeeNumber, row.email])).toEqual([["1008", null]]);
    }
  });
});
