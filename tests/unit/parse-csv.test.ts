import { describe, expect, it } from "vitest";
import { decodeCsv } from "@/lib/domain/people/import/decode";
import { parseCsv } from "@/lib/domain/people/import/parse-csv";

describe("reading a CSV file", () => {
  it("detects the separator and keeps quoted separators, quotes and line breaks in a field", async () => {
    const table = await parseCsv('Navn;E-mail;Stilling\r\n"Holm; Susanne";s@x.example;"Leder af ""Vest""\r\nog Nord"\r\nÅse;a@x.example;\r\n');
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
});
