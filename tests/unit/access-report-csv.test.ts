import { describe, expect, it } from "vitest";
import { accessReportCsv, csvCell } from "@/lib/domain/audit/access-report-csv";

// The access report is opened in a spreadsheet. A name is whatever the HR system or an
// administrator wrote, so it may start like a formula; opening the report must run nothing.

describe("the access report as CSV", () => {
  it.each([
    ['=HYPERLINK("http://evil.example";"klik")', '"\'=HYPERLINK(""http://evil.example"";""klik"")"'],
    ["+45 1234", "'+45 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", '"\'\t=1+1"'],
    ["Åse Kirkegaard", "Åse Kirkegaard"],
    ["Jensen; Hans", '"Jensen; Hans"'],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("neutralises a formula in a reader's name in the whole report", () => {
    const csv = accessReportCsv(
      [
        {
          at: new Date("2027-02-01T10:00:00Z"),
          action: "sheet.read",
          purpose: "conversation",
          actor: { id: "b", name: "=cmd|' /C calc'!A0", email: "x@vesteraa.example" },
        },
      ],
      "a",
    );
    const row = csv.split("\r\n")[1];
    expect(row.split(";")[1]).toBe("'=cmd|' /C calc'!A0");
  });
});
