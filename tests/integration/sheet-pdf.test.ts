import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedFooters } from "../support/pdf-field-text";
import { toSheetPdfData } from "@/lib/domain/sheets/pdf-data";
import { renderPreparationSheetPdf } from "@/lib/pdf/preparation-sheet";

const dir = mkdtempSync(join(tmpdir(), "mus-sheet-pdf-"));
const question = "0b7c6f8e-5d1a-4c1e-9a53-0f3d2f6f4b11";
const longComment = Array.from({ length: 1_200 }, (_, index) => `tanke${index}`).join(" ");
const longAnswer = Array.from({ length: 2_500 }, (_, index) => `ord${index}`).join(" ") + " SIDSTE-ORD-ÆØÅ";

async function render(name: string) {
  const data = toSheetPdfData({
    municipality: "Vesterå Kommune",
    roundTitle: "MUS 2027 i Solstrålen",
    person: { name: "Åse Kirkegaard", jobTitle: "Pædagogmedhjælper" },
    leaderName: "Mette Søndergård",
    conversationStart: new Date("2027-02-03T08:30:00Z"),
    fields: {
      "score.mestring": 7,
      "comment.mening": longComment,
      "comment.mestring": "Jeg er tryg ved de nye rutiner på stuen.",
      startWith: "samhoerighed",
      [`answer.${question}.contribute`]: longAnswer,
      otherCommon: "<b>fed</b> & <script>",
    },
    themes: [
      { title: "Trivsel og samarbejde i opgaveløsningen", questions: [{ id: question, text: "Hvordan oplever du samarbejdet på stuen?" }] },
    ],
  });
  const file = join(dir, name);
  writeFileSync(file, await renderPreparationSheetPdf(data));
  return file;
}

describe("the preparation sheet as PDF", () => {
  it("holds the Danish text, a 12,000-character answer in full over several pages, and its metadata", async () => {
    const file = await render("sheet.pdf");
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Åse Kirkegaard, Pædagogmedhjælper · MUS 2027 i Solstrålen");
    expect(text).toContain("Samtale med Mette Søndergård · 3. februar 2027 kl. 09.30");
    expect(text).toContain("Mestring: 7 af 10");
    expect(text).toContain("Mening: ikke vurderet");
    // A dimension's comment longer than a page flows on to the next, every word of it.
    expect(new Set(text.match(/tanke\d+/g))).toEqual(new Set(longComment.split(" ")));
    expect(text).toContain("Samhørighed");
    expect(text).toContain("<b>fed</b> & <script>");
    expect(text).toContain("ord2499 SIDSTE-ORD-ÆØÅ");
    const words = text.match(/ord\d+/g) ?? [];
    expect(new Set(words).size).toBe(2_500);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Forberedelsesskema – Åse Kirkegaard – MUS 2027 i Solstrålen/);
    expect(info).toMatch(/Author:\s+Vesterå Kommune/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(2);
    // Every page's footer: whose sheet on the left, "Side n af N" on the same line at the right.
    const footers = expectedFooters(text, pages, "Fortroligt · Åse Kirkegaard");
    expect(footers.matches, footers.footers.join("\n")).toBe(true);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/NotoSans/);
    expect(
      fonts
        .split("\n")
        .filter((line) => /NotoSans/.test(line))
        .every((line) => / yes /.test(line)),
    ).toBe(true);
  });
});
