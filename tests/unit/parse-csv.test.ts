import { describe, expect, it } from "vitest";
import { decodeCsv } from "@/lib/domain/people/import/decode";
import { parseCsv } from "@/lib/domain/people/import/parse-csv";
import { readImportFile } from "@/lib/domain/people/import/preview";
import { da } from "@/lib/i18n/da";
import { peopleCsv, windows1252 } from "../support/people-csv";

describe("reading a CSV file", () => {
  it("detects the separator and keeps quoted separators, quotes and line breaks in a field", async () => {
    const table = await parseCsv(
      'Navn;E-mail;Stilling\r\n"Holm; Susanne";s@x.example;"Leder af ""Vest""\r\nog Nord"\r\nÅse;a@x.example;\r\n',
    );
    expect(table.separator).toBe(";");
    expect(table.header).toEqual(["Navn", "E-mail", "Stilling"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["Holm; Susanne", "s@x.example", 'Leder af "Vest"\r\nog Nord'] },
      { line: 4, cells: ["Åse", "a@x.example", ""] },
    ]);
  });

  it("reads comma-separated files and skips blank lines, keeping the physical line numbers", async () => {
    const table = await parseCsv("name,email\n\nMette,m@x.example\n");
    expect(table.separator).toBe(",");
    expect(table.rows).toEqual([{ line: 3, cells: ["Mette", "m@x.example"] }]);
  });

  it("decodes UTF-8 with and without a byte-order mark, and Windows-1252, with æ, ø and å intact", () => {
    const text = "Navn\nÆrø Ødegård Åse\n";
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array(Buffer.from(text)))).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array(Buffer.from(text, "latin1")))).toEqual({ text, encoding: "windows-1252" });
  });

  it("counts a line break inside a cell as a line whether it is CRLF, LF (as Excel writes in a cell) or a lone CR", async () => {
    for (const inside of ["\r\n", "\n", "\r"]) {
      for (const between of ["\r\n", "\n", "\r"]) {
        const table = await parseCsv(["Navn;Stilling", `Åse;"Leder${inside}Vest${inside}Nord"`, "Mette;Pædagog", ""].join(between));
        expect(table.rows.map((row) => row.line)).toEqual([2, 5]);
        expect(table.rows[0].cells[1]).toBe(`Leder${inside}Vest${inside}Nord`);
      }
    }
  });

  it("reports a quote that is never closed at the line it opens, instead of reading the rest of the file as one cell", async () => {
    const table = await parseCsv('Navn;E-mail\nÅse;a@x.example\n"Mette;m@x.example\nOle;o@x.example\n');
    expect(table.unclosedQuoteLine).toBe(3);
    expect((await parseCsv('Navn;E-mail\n"Mette ""M""";m@x.example\n')).unclosedQuoteLine).toBeNull();
  });
});

describe("reading an HR file end to end (decode, parse, check)", () => {
  const people = [
    { name: "Direktør Dalgaard", email: "direktoer@x.example", unit: "Rådhuset", jobTitle: "Kommunaldirektør; øverste leder" },
    { name: "Åse Ærø", email: "aase@x.example", unit: "Rådhuset", manager: "direktoer@x.example", jobTitle: "Leder af\nVest og Nord" },
    { name: "Søren Øster", email: "soeren@x.example", unit: "Rådhuset", manager: "aase@x.example" },
  ];

  it("reads a Windows-1252 file with semicolons as Danish Excel saves it, æ, ø and å and a line break in a cell intact", async () => {
    const file = await readImportFile(windows1252(peopleCsv(people, ";")));
    if (!file.ok) throw new Error(JSON.stringify(file.errors));
    expect([file.encoding, file.separator]).toEqual(["windows-1252", ";"]);
    expect(file.rows.map((row) => [row.line, row.name, row.jobTitle])).toEqual([
      [2, "Direktør Dalgaard", "Kommunaldirektør; øverste leder"],
      [3, "Åse Ærø", "Leder af\nVest og Nord"],
      [5, "Søren Øster", null],
    ]);
  });

  it("reads UTF-8 with a byte-order mark and commas the same way", async () => {
    const file = await readImportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(peopleCsv(people, ","))]));
    if (!file.ok) throw new Error(JSON.stringify(file.errors));
    expect([file.encoding, file.separator]).toEqual(["utf-8", ","]);
    expect(file.rows.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it("refuses a file with a quote never closed, in Danish, at the line the quote opens", async () => {
    const text = peopleCsv(people, ";").replace("Søren Øster", '"Søren Øster');
    expect(await readImportFile(windows1252(text))).toEqual({
      ok: false,
      errors: [{ line: 5, message: da.peopleImport.errors.unclosedQuote }],
    });
  });
});
