import { describe, expect, it } from "vitest";
import { conversationSchema, createRoundSchema, kickoffSchema, questionSetSchema } from "@/lib/domain/rounds/schema";

const valid = {
  kind: "MUS",
  templateId: "0b7c6f8e-5d1a-4c1e-9a53-0f3d2f6f4b11",
  title: "MUS 2027",
  year: 2027,
  focus: "",
  kickoffDate: "2027-01-12",
  conversationsFrom: "2027-02-01",
  conversationsTo: "2027-03-31",
  wrapUpDate: "2027-04-20",
  followUpDate: "2027-10-01",
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the round forms' rules", () => {
  it("accept a timeline in order, including two dates on the same day", () => {
    expect(createRoundSchema.safeParse(valid).success).toBe(true);
    expect(createRoundSchema.safeParse({ ...valid, wrapUpDate: valid.conversationsTo }).success).toBe(true);
  });

  it("put an out-of-order date's message on the later field, naming the earlier one", () => {
    const result = createRoundSchema.safeParse({ ...valid, conversationsTo: "2027-01-20", followUpDate: "2027-04-01" });
    expect(messages(result)).toEqual({
      conversationsTo: "Datoen skal ligge samme dag som eller efter »samtaler fra«.",
      followUpDate: "Datoen skal ligge samme dag som eller efter »fælles opsamling«.",
    });
  });

  it("refuse a 20,000-character text, saying how long it is, and an empty question", () => {
    const result = kickoffSchema.safeParse({ kickoffNotes: "", coreTask: "æ".repeat(20_000), developmentGoals: [{ text: " " }] });
    expect(messages(result)).toEqual({
      coreTask: "Højst 4.000 tegn; teksten har 20.000. Det, du har skrevet, står her stadig, så du kan forkorte det.",
      "developmentGoals.0.text": "Skal udfyldes.",
    });
  });

  it("keep HTML as the text it is (it is escaped when shown, never stripped or run)", () => {
    const parsed = kickoffSchema.parse({ kickoffNotes: "<script>alert(1)</script>", coreTask: "<b>fed</b>", developmentGoals: [] });
    expect(parsed.coreTask).toBe("<b>fed</b>");
  });

  it("refuse more than 40 questions under one theme", () => {
    const themeId = "0b7c6f8e-5d1a-4c1e-9a53-0f3d2f6f4b11";
    const questions = Array.from({ length: 41 }, (_, index) => ({ themeId, text: `Spørgsmål ${index}`, prioritised: false }));
    expect(messages(questionSetSchema.safeParse({ questions }))).toEqual({ questions: "Højst 40 spørgsmål under et tema." });
  });

  it("want a real time and a sensible duration for a conversation", () => {
    expect(messages(conversationSchema.safeParse({ date: "2027-02-03", time: "25:00", durationMinutes: 5, location: "" }))).toEqual({
      time: "Skriv et klokkeslæt som 09.30.",
      durationMinutes: "Varigheden skal være mellem 15 og 240 minutter.",
      location: "Skal udfyldes.",
    });
  });
});
