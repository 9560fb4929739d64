import { describe, expect, it } from "vitest";
import { simpleQuestions, skema2, skema3, vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { roundTemplates } from "@/lib/domain/rounds/templates";

const allText = [
  ...[skema2, skema3, simpleQuestions].flatMap((bank) => [bank.title, bank.lead ?? "", ...bank.questions.map((question) => question.text)]),
  ...vitalisationDimensions.flatMap((dimension) => [dimension.name, dimension.definition, ...dimension.keywords]),
  ...roundTemplates.flatMap((template) => [
    template.name,
    template.description,
    ...template.themes.flatMap((theme) => [theme.title, ...theme.questions]),
  ]),
];

describe("the question banks", () => {
  it("hold the source material's questions: six on leveregler, five on learning and co-creation, six for every profession, four dimensions", () => {
    expect(skema2.questions).toHaveLength(6);
    expect(skema3.questions).toHaveLength(5);
    expect(simpleQuestions.questions).toHaveLength(6);
    expect(vitalisationDimensions.map((dimension) => dimension.name)).toEqual(["Mestring", "Mening", "Samhørighed", "Autonomi"]);
  });

  it("are written in correct Danish, without the scanned guide's misspellings", () => {
    for (const text of allText) {
      expect(text).not.toMatch(
        /\b(feelles|faelles|Tgnder|Tonder|opgavelgsning|lzering|laering|spgrgsmal|Igsning\w*|kernopgave|gnsker|Huvilke)\b/i,
      );
      expect(text).not.toMatch(/Ã|\uFFFD/);
    }
    expect(allText.join(" ")).toMatch(/løsning/);
    expect(allText.join(" ")).toContain("Tønder Kulturen – Det er sådan vi arbejder og udvikler os!");
  });

  it("give the Tønder template its five themes in order", () => {
    const toender = roundTemplates.find((template) => template.id === "toender")!;
    expect(toender.themes.map((theme) => theme.title)).toEqual([
      "Faglighed i opgaveløsningen",
      "Trivsel og samarbejde i opgaveløsningen",
      "Tønder Kulturen – Det er sådan vi arbejder og udvikler os!",
      "Andet fælles",
      "Andet individuelt",
    ]);
    expect(toender.themes[2].questions[0]).toBe("Hvordan oplever du, at I arbejder med levereglerne?");
  });
});
