import { describe, expect, it } from "vitest";
import { upwardResults, type UpwardAnswerRow } from "@/lib/domain/upward/results";
import { upwardAnswerValuesSchema, upwardSettingsValuesSchema } from "@/lib/domain/upward/schema";
import { closesAt, resultsFrom, windowPhase } from "@/lib/domain/upward/window";

// The pure rules of upward input: when answers are taken and results shown, what is shown.

const row = (score: number, answer1 = "", answer2 = ""): UpwardAnswerRow => ({
  mestring: score,
  mening: score,
  samhoerighed: score,
  autonomi: score,
  answer1,
  answer2,
});
const base = {
  closesOn: new Date("2027-01-20T00:00:00Z"),
  teamSize: 8,
  threshold: 5,
  showFreeText: true,
  questions: ["A?", "B?"] as [string, string],
};

describe("the window", () => {
  it("closes at Danish midnight after the last day, in winter and in summer time, and shows results 12 hours later", () => {
    expect(closesAt(new Date("2027-01-20T00:00:00Z")).toISOString()).toBe("2027-01-20T23:00:00.000Z");
    expect(closesAt(new Date("2027-06-20T00:00:00Z")).toISOString()).toBe("2027-06-20T22:00:00.000Z");
    expect(resultsFrom(new Date("2027-01-20T00:00:00Z")).toISOString()).toBe("2027-01-21T11:00:00.000Z");
  });

  it("is not open before publication, open until midnight, then a grace period, then closed", () => {
    const survey = { openedAt: new Date("2027-01-05T10:00:00Z"), closesOn: new Date("2027-01-20T00:00:00Z") };
    expect(windowPhase({ ...survey, openedAt: null }, new Date("2027-01-10T10:00:00Z"))).toBe("notOpen");
    expect(windowPhase(survey, new Date("2027-01-04T10:00:00Z"))).toBe("notOpen");
    expect(windowPhase(survey, new Date("2027-01-20T22:59:59Z"))).toBe("open");
    expect(windowPhase(survey, new Date("2027-01-20T23:00:00Z"))).toBe("grace");
    expect(windowPhase(survey, new Date("2027-01-21T11:00:00Z"))).toBe("closed");
  });
});

describe("what is shown", () => {
  const five = [row(2, "x"), row(4, "y"), row(6, "z"), row(8, "v"), row(10, "w")];

  it("nothing, and no count, before the window has closed", () => {
    expect(upwardResults({ ...base, phase: "open", answers: five })).toEqual({ status: "notYet", closesOn: base.closesOn });
    expect(upwardResults({ ...base, phase: "grace", answers: five })).toEqual({ status: "notYet", closesOn: base.closesOn });
  });

  it("why nothing: a team too small at once, too few answers after closing", () => {
    expect(upwardResults({ ...base, teamSize: 2, phase: "open", answers: [] })).toEqual({ status: "teamTooSmall" });
    expect(upwardResults({ ...base, phase: "closed", answers: five.slice(0, 4) })).toEqual({ status: "tooFew" });
  });

  it("the figures at the threshold, the free text in an order that is not the answers'", () => {
    const shown = upwardResults({ ...base, phase: "closed", answers: five, random: () => 0 });
    expect(shown).toMatchObject({ status: "shown", n: 5 });
    if (shown.status !== "shown") throw new Error("shown");
    expect(shown.dimensions[0]).toMatchObject({ name: "Mestring", figure: { n: 5, mean: 6, counts: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1] } });
    expect(shown.texts?.[0].answers).toEqual(["y", "z", "v", "w", "x"]);
    expect(shown.texts?.[1].answers).toBeNull();
  });

  it("no free text when the municipality does not allow it", () => {
    expect(upwardResults({ ...base, showFreeText: false, phase: "closed", answers: five })).toMatchObject({ texts: null });
  });
});

describe("the questionnaire's input", () => {
  const valid = { mestring: 7, mening: "8", samhoerighed: 1, autonomi: 10, answer1: " Godt ", answer2: "" };
  it("takes whole scores 1-10 (as numbers or the radio's text) and trims the text", () => {
    expect(upwardAnswerValuesSchema.parse(valid)).toEqual({
      mestring: 7,
      mening: 8,
      samhoerighed: 1,
      autonomi: 10,
      answer1: "Godt",
      answer2: "",
    });
  });

  it.each([
    ["true", { mening: true }],
    ["empty", { mening: "" }],
    ["eleven", { mening: 11 }],
    ["zero", { mening: 0 }],
    ["a fraction", { mening: 7.5 }],
    ["an exponent", { mening: "7e0" }],
    ["missing", { mening: undefined }],
  ])("refuses a score that is %s", (_, change) => {
    const result = upwardAnswerValuesSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("Vælg en værdi fra 1 til 10.");
  });

  it("refuses text over 2,000 characters, saying by how much", () => {
    const result = upwardAnswerValuesSchema.safeParse({ ...valid, answer2: "x".repeat(2001) });
    expect(result.success).toBe(false);
  });

  it("needs a last day only when turned on", () => {
    expect(upwardSettingsValuesSchema.parse({ enabled: false, closesOn: "" })).toEqual({ enabled: false, closesOn: null });
    expect(upwardSettingsValuesSchema.parse({ enabled: true, closesOn: "20-01-2027" })).toEqual({ enabled: true, closesOn: "2027-01-20" });
    expect(upwardSettingsValuesSchema.safeParse({ enabled: true, closesOn: "" }).success).toBe(false);
  });
});
