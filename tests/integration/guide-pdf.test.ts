import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";
import { conversationGuideDocument } from "@/lib/pdf/conversation-guide";

describe("the conversation guide as an A3 PDF", () => {
  it("is an A3 landscape sheet with the four dimensions, their keywords, the round's questions and the prompts; the back holds the conversation's guidance", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mus-guide-")), "guide.pdf");
    writeFileSync(
      file,
      await renderToBuffer(
        conversationGuideDocument({
          municipality: "Vesterå Kommune",
          roundTitle: "MUS 2027 i Solstrålen",
          kind: "MUS",
          dimensions: vitalisationDimensions,
          themes: [{ title: "Trivsel og samarbejde i opgaveløsningen", questions: ["Hvordan oplever du samarbejdet på stuen?"] }],
        }),
      ),
    );
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+2\n/);
    expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
    expect(info).toContain("Title:           Samtaleguide – MUS 2027 i Solstrålen");
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const dimension of vitalisationDimensions) {
      expect(text).toContain(dimension.name);
      for (const keyword of dimension.keywords) expect(text).toContain(keyword);
    }
    for (const expected of [
      "Hvordan oplever du samarbejdet på stuen?",
      "Hvad bygger du det på?",
      "Kan du give et eksempel?",
      "balancen mellem arbejdsliv og privatliv",
      "Seks principper for en god samtale",
      "Lønforhandling og omsorgssamtaler er ikke en del af MUS",
      "Sæt god tid af til kompetenceudviklingsplanen – mindst 15 minutter.",
      "Hellere lidt, men godt",
      "Hvordan har det været at holde MUS på denne måde?",
      "Jan Tønnesvangs vitaliseringsmodel",
      "Det har medarbejderen brug for",
    ])
      expect(text).toContain(expected);
    // The first page is the table sheet: every dimension's three lines fit on it.
    const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(first).toContain("Sådan opstår udvikling");
    expect(first).toContain(da.guidance.dimensions.lines("MUS").autonomi.development.slice(-40));
  });

  it("speaks of the leader and the leader's leader in a LUS round", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mus-guide-")), "guide.pdf");
    writeFileSync(
      file,
      await renderToBuffer(
        conversationGuideDocument({
          municipality: "Vesterå Kommune",
          roundTitle: "LUS 2027",
          kind: "LUS",
          dimensions: vitalisationDimensions,
          themes: [],
        }),
      ),
    );
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Det har lederen brug for");
    expect(text).toContain("Sæt god tid af til kompetenceudviklingsarket – mindst 15 minutter.");
    expect(text).toContain("Hvordan har det været at holde LUS på denne måde?");
    expect(text).toContain("Leders leder sidder med magten i rummet");
    // The back is all guidance, with no role word of MUS (the keywords on the front are the model's own).
    const back = execFileSync("pdftotext", ["-f", "2", "-l", "2", file, "-"], { encoding: "utf8" });
    expect(back).not.toMatch(/medarbejder/i);
  });
});
