import { describe, expect, it } from "vitest";
import { leaderChecklist, type ChecklistFacts } from "@/lib/domain/rounds/checklist";
import { helpContactSchema } from "@/lib/domain/organisation/help-contact-schema";
import { leafletContent } from "@/lib/domain/rounds/leaflet-content";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { guidance } from "@/lib/i18n/da/guidance";

// The seeds' guidance follows the round's kind: in LUS the participant is a leader, the other
// party the leader's leader, and the plan the kompetenceudviklingsark.

const lusTexts = (): string[] => {
  const c = guidance.conversation;
  const lines = guidance.dimensions.lines("LUS");
  return [
    ...c.principles("LUS"),
    c.notPart("LUS"),
    c.planTime("LUS"),
    c.evaluation("LUS"),
    guidance.dimensions.personLabel("LUS"),
    ...vitalisationDimensions.flatMap((dimension) => Object.values(lines[dimension.id])),
    ...Object.values(guidance.checklist.steps("LUS")),
    guidance.committee.lead("LUS", "MED-udvalget"),
    ...guidance.leaflet.prepare("LUS"),
    ...guidance.leaflet.conversation("LUS"),
    ...guidance.leaflet.privacy("LUS"),
    guidance.leaflet.pageTitle("LUS"),
    guidance.leaflet.intro("LUS", "Vesterå Kommune"),
  ];
};

describe("the guidance's wording", () => {
  it("has no employee in a LUS round, and names the kompetenceudviklingsark", () => {
    for (const text of lusTexts()) expect(text, text).not.toMatch(/medarbejder|\bMUS\b/i);
    expect(guidance.conversation.planTime("LUS")).toContain("kompetenceudviklingsarket");
    expect(guidance.leaflet.privacy("LUS").join(" ")).toContain("Når det er underskrevet");
    expect(guidance.conversation.principles("LUS")[1]).toMatch(/^Leders leder sidder med magten/);
  });

  it("has the six principles, the 15 minutes, and the seed's wordings", () => {
    expect(guidance.conversation.principles("MUS")).toHaveLength(6);
    expect(guidance.conversation.planTime("MUS")).toBe("Sæt god tid af til kompetenceudviklingsplanen – mindst 15 minutter.");
    expect(guidance.conversation.littleButGood).toContain("øvebaner/prøvehandlinger");
    expect(guidance.committee.points).toHaveLength(5);
    const all = JSON.stringify(guidance) + lusTexts().join(" ");
    expect(all).not.toMatch(/\bfx\b|databaseret|Tønder-konceptets fem temaer/);
  });

  it("makes the leaflet from the round, with a colleague to prepare with", () => {
    const content = leafletContent({
      municipality: "Vesterå Kommune",
      kind: "MUS",
      title: "MUS 2031",
      leaderName: "Mette Søndergaard",
      focus: "",
      coreTask: "Trygge rammer for børn",
      developmentGoals: ["Mere ude", "Sprog"],
      kickoffDate: new Date("2031-02-01T00:00:00Z"),
      conversationsFrom: new Date("2031-02-10T00:00:00Z"),
      conversationsTo: new Date("2031-03-20T00:00:00Z"),
      wrapUpDate: new Date("2031-04-02T00:00:00Z"),
      followUpDate: new Date("2031-10-01T00:00:00Z"),
      themes: ["Faglighed i opgaveløsningen"],
    });
    expect(content.facts.map((fact) => fact.value)).toEqual([
      "MUS 2031",
      "Mette Søndergaard",
      "1. februar 2031",
      "10. februar 2031 – 20. marts 2031",
      "2. april 2031",
      "1. oktober 2031",
    ]);
    const items = content.sections.flatMap((section) => section.items);
    expect(items).toContain("Forbered dig evt. sammen med en kollega.");
    expect(items).toContain("Faglighed i opgaveløsningen");
    expect(items).toContain("De aktuelle udviklingsmål: Mere ude og Sprog");
  });
});

describe("the leader's checklist", () => {
  const facts: ChecklistFacts = {
    kind: "MUS",
    state: "PLANNING",
    focus: "",
    coreTask: "",
    developmentGoals: 0,
    questions: 0,
    published: false,
    participants: 3,
    withNotes: 0,
    booked: 0,
    sheetsShared: 0,
    plansSigned: 0,
    offersMarked: 0,
    overviewWritten: false,
    wrapUpWritten: false,
    jointActions: 0,
    feedbackPublished: false,
  };
  const done = (f: ChecklistFacts) =>
    Object.fromEntries(leaderChecklist(f).flatMap((group) => group.steps.map((step) => [step.key, step.done])));

  it.each([
    ["nothing yet", {}, { publish: false, coreTask: false, book: false, leaderTeam: null, policies: null, offers: null }],
    ["core task and goals", { coreTask: "Børn", developmentGoals: 1 }, { coreTask: true }],
    ["core task without goals", { coreTask: "Børn" }, { coreTask: false }],
    ["published with questions", { published: true, questions: 4 }, { publish: true, questions: true }],
    ["two of three booked", { booked: 2 }, { book: false }],
    [
      "all booked, shared and signed",
      { booked: 3, sheetsShared: 3, plansSigned: 3, withNotes: 3 },
      { book: true, sheets: true, plans: true, feedback: true },
    ],
    ["a seniorsamtale offered", { offersMarked: 1 }, { offers: true }],
    ["wrap-up begun", { state: "WRAP_UP" }, { overview: true, wrapUp: true, followUp: false }],
    [
      "following up",
      { state: "FOLLOW_UP", jointActions: 2, feedbackPublished: true },
      { jointActions: true, overallFeedback: true, followUp: true },
    ],
  ] as const)("%s", (_, change, expected) => {
    expect(done({ ...facts, ...change } as ChecklistFacts)).toMatchObject(expected);
  });

  it("has no leader-team step in LUS (Aarhus's LUS guide has none)", () => {
    expect(done({ ...facts, kind: "LUS" })).not.toHaveProperty("leaderTeam");
  });
});

describe("the help contact's form", () => {
  it("takes all empty (no contact), or a name with a way to reach them; says why next to the field", () => {
    expect(helpContactSchema.safeParse({ name: "", title: "", email: "", phone: "" }).success).toBe(true);
    expect(helpContactSchema.parse({ name: " Sanne Ganzhorn ", title: "ledelseskonsulent", email: "SAGAN@Toender.dk", phone: "" })).toEqual(
      { name: "Sanne Ganzhorn", title: "ledelseskonsulent", email: "sagan@toender.dk", phone: "" },
    );
    const issue = (input: Record<string, string>) =>
      helpContactSchema.safeParse({ name: "", title: "", email: "", phone: "", ...input }).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issue({ email: "hr@kommune.dk" })).toEqual([["name", guidance.helpContact.errors.nameMissing]]);
    expect(issue({ name: "Sanne" })).toEqual([["email", guidance.helpContact.errors.reach]]);
    expect(issue({ name: "Sanne", email: "ikke en adresse" })).toEqual([["email", guidance.helpContact.errors.email]]);
    expect(issue({ name: "Sanne", phone: "ring til mig" })).toEqual([["phone", guidance.helpContact.errors.phone]]);
    expect(issue({ name: "Sanne", phone: "+45 74 92 92 92" })).toBeUndefined();
  });
});
