import { describe, expect, it } from "vitest";
import { da } from "@/lib/i18n/da";
import { attachmentHeaders, fileSlug } from "@/lib/pdf/response";

// Every download is named by fileSlug: the plans, HR's ZIP, the sheet and the guide. A round's
// title is typed by a leader, so it may end in a parenthesis, hold a dash or a dot, or be all æøå.

const titles = ["MUS 2026 (skoler)", "(Ny) MUS – 2026!", "LUS  --  2027 ", "MUS 2026 v. 2", "Åbyskolen & Ærø/Østerby", "«Trivsel» … 2028?", ""];
const tidy = (name: string) => {
  const stem = name.replace(/\.[a-z]+$/i, "");
  return stem !== "" && !/^-|-$|--/.test(stem);
};

describe("download file names", () => {
  it("never start or end a word run with a hyphen, nor double one, whatever the round is called", () => {
    const names = titles.flatMap((title) => [
      da.plans.hr.zipName(title),
      da.plans.pdf.fileName("Åse Kirkegaard", title, 1),
      da.plans.guidePdf.fileName(title),
      da.sheets.pdf.fileName(title),
    ]);
    for (const name of names.map(fileSlug)) expect(name, name).toSatisfy(tidy);
  });

  it("names HR's ZIP of a round whose title ends in a parenthesis without a hyphen before .zip", () => {
    expect(fileSlug(da.plans.hr.zipName("MUS 2026 (skoler)"))).toBe("kompetenceudviklingsplaner-mus-2026-skoler.zip");
    expect(fileSlug(da.plans.hr.zipName(""))).toBe("kompetenceudviklingsplaner.zip");
  });

  it("keeps æ, ø and å in the name, and spells them ae, oe and aa for clients that only read the plain name", () => {
    const name = fileSlug(da.plans.pdf.fileName("Søren Ærbø", "Åbyskolen (MUS 2026)", 2));
    expect(name).toBe("kompetenceudviklingsplan-søren-ærbø-åbyskolen-mus-2026-udgave-2.pdf");
    const disposition = String((attachmentHeaders(name, "application/pdf") as Record<string, string>)["content-disposition"]);
    expect(disposition).toContain(`filename="kompetenceudviklingsplan-soeren-aerboe-aabyskolen-mus-2026-udgave-2.pdf"`);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
  });

  it("keeps the plain name tidy when a word is nothing but letters outside ASCII", () => {
    const disposition = String((attachmentHeaders(fileSlug("plan-日本-(x).pdf"), "application/pdf") as Record<string, string>)["content-disposition"]);
    const plain = /filename="([^"]*)"/.exec(disposition)![1];
    expect(plain).toBe("plan-x.pdf");
  });
});
