import { describe, expect, it } from "vitest";
import { da } from "@/lib/i18n/da";
import { attachmentHeaders, downloadResponse, fileSlug } from "@/lib/http/download";

// Every download is named by fileSlug: the plans, HR's ZIP, the sheet and the guide. A round's
// title is typed by a leader, so it may end in a parenthesis, hold a dash or a dot, or be all æøå.

const titles = [
  "MUS 2026 (skoler)",
  "(Ny) MUS – 2026!",
  "LUS  --  2027 ",
  "MUS 2026 v. 2",
  "Åbyskolen & Ærø/Østerby",
  "«Trivsel» … 2028?",
  "",
];
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
    const disposition = String(
      (attachmentHeaders(fileSlug("plan-日本-(x).pdf"), "application/pdf") as Record<string, string>)["content-disposition"],
    );
    const plain = /filename="([^"]*)"/.exec(disposition)![1];
    expect(plain).toBe("plan-x.pdf");
  });
  it("sends every download one way: the name slugged in both forms, its type, never cached or transformed, the bytes whole", async () => {
    const csv = downloadResponse({
      fileName: "adgangslog-åse.kirkegaard@vesteraa.example.csv",
      contentType: "text/csv; charset=utf-8",
      body: "\ufeffTidspunkt;Hvem",
    });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="adgangslog-aase-kirkegaard-vesteraa-example.csv"; filename*=UTF-8''${encodeURIComponent("adgangslog-åse-kirkegaard-vesteraa-example.csv")}`,
    );
    expect(csv.headers.get("cache-control")).toBe("private, no-store, no-transform");
    // The byte-order mark stays (Excel reads the CSV as UTF-8 by it); text() would hide it.
    expect(Buffer.from(await csv.arrayBuffer()).toString("utf8")).toBe("\ufeffTidspunkt;Hvem");
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(
      new Uint8Array(await downloadResponse({ fileName: "Plan.pdf", contentType: "application/pdf", body: bytes }).arrayBuffer()),
    ).toEqual(bytes);
    const stream = new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(bytes), controller.close()) });
    expect(
      new Uint8Array(await downloadResponse({ fileName: "planer.zip", contentType: "application/zip", body: stream }).arrayBuffer()),
    ).toEqual(bytes);
  });
});
