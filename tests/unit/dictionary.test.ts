import { describe, expect, it } from "vitest";
import { da } from "@/lib/i18n/da";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    // Phrases with parameters are checked with sample arguments of the kinds they take.
    for (const args of [
      [1, 2, 3],
      ["navn", "e-mail", ["ændring"]],
    ]) {
      try {
        return [String(value(...args))];
      } catch {
        // not this kind of arguments
      }
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the Danish dictionary", () => {
  const all = strings(da);

  it("has text in every entry", () => {
    expect(all.length).toBeGreaterThan(10);
    for (const text of all) expect(text.trim()).not.toBe("");
  });

  it("has no broken encodings or the source material's OCR misspellings", () => {
    for (const text of all) {
      expect(text).not.toMatch(/Ã|Â|\uFFFD/);
      expect(text).not.toMatch(/\b(feelles|Tgnder|opgavelgsning|faelles|Toender)\b/i);
    }
  });

  it("agrees the noun with the number", () => {
    expect(da.home.organisationSummary(1, 1)).toBe("1 enhed og 1 ansat");
    expect(da.home.organisationSummary(4, 30)).toBe("4 enheder og 30 ansatte");
  });
});
