import { describe, expect, it } from "vitest";
import { roundTemplates } from "@/lib/domain/rounds/templates";
import { templateFormSchema, toStoredThemes } from "@/lib/domain/templates/schema";

// A template's form as the administrator sends it: the sheet's shape (scores, answer layout) is
// part of it, and the shipped templates have the shapes their concepts describe.

const sample = {
  name: "MUS",
  description: "",
  hasScores: false,
  answerLayout: "CONTRIBUTE_CHALLENGES",
  themes: [{ title: "Trivsel", description: "", questions: "Hvordan har du det?\n\n  Og dine kolleger?  " }],
};

describe("a template's form", () => {
  it("takes the scores and the answer layout with the themes", () => {
    const parsed = templateFormSchema.parse(sample);
    expect(parsed).toMatchObject({ hasScores: false, answerLayout: "CONTRIBUTE_CHALLENGES" });
    expect(toStoredThemes(parsed)).toEqual([
      { title: "Trivsel", description: "", questions: ["Hvordan har du det?", "Og dine kolleger?"] },
    ]);
  });

  it("refuses an answer layout it does not know, or scores that are not a yes or no, in Danish at the field", () => {
    for (const bad of [
      { ...sample, answerLayout: "THREE_BOXES" },
      { ...sample, hasScores: "ja" },
    ]) {
      const result = templateFormSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0].message).toBe("Vælg, hvordan skemaet skal se ud.");
    }
    const missing = templateFormSchema.safeParse({ ...sample, hasScores: undefined });
    expect(missing.error!.issues[0].path).toEqual(["hasScores"]);
  });
});

describe("the shipped templates", () => {
  it("give Tønder no scores, the combined standard scores and two boxes, and the vitalisation model one reflection per dimension", () => {
    const byId = new Map(roundTemplates.map((template) => [template.id, template]));
    expect(byId.get("toender")).toMatchObject({ hasScores: false, answerLayout: "CONTRIBUTE_CHALLENGES" });
    expect(byId.get("kombineret")).toMatchObject({ hasScores: true, answerLayout: "CONTRIBUTE_CHALLENGES" });
    const vitalisation = byId.get("vitalisering")!;
    expect(vitalisation).toMatchObject({ hasScores: true, answerLayout: "REFLECTION" });
    expect(vitalisation.themes.map((theme) => [theme.title, theme.questions.length])).toEqual([
      ["Mestring", 1],
      ["Mening", 1],
      ["Samhørighed", 1],
      ["Autonomi", 1],
    ]);
    // Every keyword is still there, as help under its dimension.
    expect(vitalisation.themes[2].description).toContain("Relationel koordinering");
    expect(vitalisation.themes.flatMap((theme) => theme.description!.split("Nøgleord: ")[1].split(" · "))).toHaveLength(23);
  });
});
