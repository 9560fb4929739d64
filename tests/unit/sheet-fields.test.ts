import { describe, expect, it } from "vitest";
import { applyChanges } from "@/lib/domain/sheets/fields";
import { classicLayout } from "@/lib/domain/sheets/layout";
import { sheetFieldError } from "@/lib/domain/sheets/schema";

describe("saving a sheet's fields", () => {
  it("stores a change made on the current revision and raises that field's revision only", () => {
    const result = applyChanges({ a: "x", b: "y" }, { a: 1, b: 4 }, [{ key: "a", value: "x2", baseRevision: 1 }]);
    expect(result.fields).toEqual({ a: "x2", b: "y" });
    expect(result.revisions).toEqual({ a: 2, b: 4 });
    expect(result.saved).toEqual({ a: 2 });
    expect(result.conflicts).toEqual([]);
  });

  it("merges two tabs that edited different fields", () => {
    const first = applyChanges({}, {}, [{ key: "a", value: "from tab 1", baseRevision: 0 }]);
    const second = applyChanges(first.fields, first.revisions, [{ key: "b", value: "from tab 2", baseRevision: 0 }]);
    expect(second.fields).toEqual({ a: "from tab 1", b: "from tab 2" });
    expect(second.conflicts).toEqual([]);
  });

  it("returns the stored text instead of overwriting when the same field moved on meanwhile", () => {
    const first = applyChanges({}, {}, [{ key: "a", value: "tab 1", baseRevision: 0 }]);
    const second = applyChanges(first.fields, first.revisions, [{ key: "a", value: "tab 2", baseRevision: 0 }]);
    expect(second.fields.a).toBe("tab 1");
    expect(second.conflicts).toEqual([{ key: "a", value: "tab 1", revision: 1 }]);
  });

  it("takes a re-sent change whose answer was lost as already saved", () => {
    const first = applyChanges({}, {}, [{ key: "a", value: "same", baseRevision: 0 }]);
    const retry = applyChanges(first.fields, first.revisions, [{ key: "a", value: "same", baseRevision: 0 }]);
    expect(retry.conflicts).toEqual([]);
    expect(retry.saved).toEqual({ a: 1 });
    expect(retry.revisions).toEqual({ a: 1 });
  });
});

describe("what a sheet field may hold", () => {
  const question = "0b7c6f8e-5d1a-4c1e-9a53-0f3d2f6f4b11";
  const questions = { questionIds: new Set([question]), layout: classicLayout };
  it("takes whole scores from 1 to 10, or none", () => {
    expect(sheetFieldError("score.mestring", 7, questions)).toBeNull();
    expect(sheetFieldError("score.mestring", null, questions)).toBeNull();
    for (const bad of [0, 11, 7.5, "7"]) expect(sheetFieldError("score.mestring", bad, questions)).toBe("Vælg et helt tal fra 1 til 10.");
  });

  it("refuses a 20,000-character answer with its length, and fields that are not on the sheet", () => {
    expect(sheetFieldError(`answer.${question}.contribute`, "ø".repeat(20_000), questions)).toMatch(
      /^Højst 5.000 tegn; teksten har 20.000\./,
    );
    expect(sheetFieldError(`answer.${"1".repeat(8)}-0000-4000-8000-000000000000.contribute`, "x", questions)).toBe(
      "Feltet findes ikke i dit skema.",
    );
    expect(sheetFieldError("score.tillid", 5, questions)).toBe("Feltet findes ikke i dit skema.");
    expect(sheetFieldError("otherCommon", "<script>alert(1)</script>", questions)).toBeNull();
  });

  it("has no dimension fields in a round without scores, and refuses one sent anyway", () => {
    const toender = { questionIds: new Set([question]), layout: { hasScores: false, answerLayout: "CONTRIBUTE_CHALLENGES" as const } };
    for (const [key, value] of [
      ["score.mestring", 7],
      ["comment.mening", "x"],
      ["startWith", "autonomi"],
    ] as const)
      expect(sheetFieldError(key, value, toender)).toBe("Feltet findes ikke i dit skema.");
    expect(sheetFieldError(`answer.${question}.contribute`, "x", toender)).toBeNull();
    expect(sheetFieldError(`answer.${question}.challenges`, "x", toender)).toBeNull();
  });

  it("has one reflection per question in a reflection round, and not the two Tønder boxes", () => {
    const reflection = { questionIds: new Set([question]), layout: { hasScores: true, answerLayout: "REFLECTION" as const } };
    expect(sheetFieldError(`answer.${question}.reflection`, "Jeg mestrer mine opgaver.", reflection)).toBeNull();
    expect(sheetFieldError(`answer.${question}.contribute`, "x", reflection)).toBe("Feltet findes ikke i dit skema.");
    expect(sheetFieldError(`answer.${question}.reflection`, "x", { ...reflection, layout: classicLayout })).toBe(
      "Feltet findes ikke i dit skema.",
    );
    expect(sheetFieldError("score.mestring", 4, reflection)).toBeNull();
  });
});
