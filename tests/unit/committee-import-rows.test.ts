import { describe, expect, it } from "vitest";
import { readCommitteeRows } from "@/lib/domain/committees/import/read-rows";
import { parseCsv } from "@/lib/domain/people/import/parse-csv";

// The MED committee file's shape, without the database: columns found by their Danish or English
// names, several values in a cell, one committee over several lines, blank lines skipped.

const read = async (text: string) => readCommitteeRows(await parseCsv(text));

describe("reading a MED committee file", () => {
  it("gathers a committee's units and members from every line naming it, whatever the case", async () => {
    const { committees, errors } = await read(
      'Committee,Units,Members\nLokal-MED  Skolen,"Åbyskolen | Skolefritidsordningen",a@x.dk|40123\nlokal-med skolen,,b@x.dk\n,,\n',
    );
    expect(errors).toEqual([]);
    expect(committees).toEqual([
      {
        name: "Lokal-MED Skolen",
        line: 2,
        units: [
          { line: 2, value: "Åbyskolen" },
          { line: 2, value: "Skolefritidsordningen" },
        ],
        members: [
          { line: 2, value: "a@x.dk" },
          { line: 2, value: "40123" },
          { line: 3, value: "b@x.dk" },
        ],
      },
    ]);
  });

  it("names what is missing: a column, a committee's name, or a field too many", async () => {
    expect((await read("Udvalg;Medlemmer\nA;b\n")).errors).toEqual([
      { line: 1, message: "Kolonnen »enheder« mangler i overskriftslinjen." },
    ]);
    expect((await read("")).errors).toEqual([{ line: 1, message: "Filen er tom." }]);
    const { errors } = await read("Udvalg;Enheder;Medlemmer\n;Åbyskolen;\nA;B;C;D\n");
    expect(errors.map((error) => error.line)).toEqual([2, 3]);
  });
});
