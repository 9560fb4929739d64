import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { conversationGuideDocument } from "@/lib/pdf/conversation-guide";

describe("the conversation guide as an A3 PDF", () => {
  it("is one A3 landscape page with the four dimensions, their keywords, the round's questions and the prompts", async () => {
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
    expect(info).toMatch(/Pages:\s+1\n/);
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
    ])
      expect(text).toContain(expected);
  });
});
