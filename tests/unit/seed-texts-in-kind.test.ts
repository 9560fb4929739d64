import { describe, expect, it } from "vitest";
import { bankOptions, inKind, keywordsFor, vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { roundTemplates, templateTextFor } from "@/lib/domain/rounds/templates";

// The shipped seed texts (question banks, keywords, the templates' themes) read in a LUS round
// name the participant as a leader, as the seeds' own LUS versions do; in MUS they read as written.

const shipped = roundTemplates.flatMap((template) => template.themes.flatMap((theme) => [theme.description ?? "", ...theme.questions]));

describe("seed texts in the round's kind", () => {
  it("turns the participant's words into the leader's in LUS, and leaves compounds alone", () => {
    expect(inKind("… for borgeren og/eller dig som medarbejder?", "LUS")).toBe("… for borgeren og/eller dig som leder?");
    expect(inKind("Samspil mellem medarbejderens værdier og organisationens værdier", "LUS")).toBe(
      "Samspil mellem lederens værdier og organisationens værdier",
    );
    expect(inKind("Medarbejderne og medarbejderen", "LUS")).toBe("Lederne og lederen");
    expect(inKind("medarbejderudviklingssamtale og medarbejdernummer", "LUS")).toBe("medarbejderudviklingssamtale og medarbejdernummer");
    expect(inKind("dig som medarbejder?", "MUS")).toBe("dig som medarbejder?");
  });

  it("leaves no 'medarbejder' in the banks, the keywords or the shipped templates of a LUS round", () => {
    const texts = [
      ...bankOptions("LUS").flatMap((bank) => bank.questions),
      ...vitalisationDimensions.flatMap((dimension) => keywordsFor(dimension, "LUS")),
      ...shipped.map((text) => templateTextFor(text, "LUS")),
    ];
    // The MUS versions do say it, so the test would see a text it failed to turn.
    expect(shipped.some((text) => /medarbejder\b|medarbejderens/.test(text))).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/\bmedarbejder(en|ens|e|ne)?\b/i);
  });

  it("copies a municipality's own text as written, even where it speaks of a leader's employees", () => {
    const own = "Hvordan inddrager du dine medarbejdere i udviklingsmålene?";
    expect(templateTextFor(own, "LUS")).toBe(own);
  });
});
