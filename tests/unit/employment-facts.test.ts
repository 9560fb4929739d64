import { describe, expect, it } from "vitest";
import {
  employmentFactsChange,
  parseBirthYear,
  parseDanishDate,
  parseEmploymentStart,
  parseEmploymentType,
  parseSeniorFlag,
} from "@/lib/domain/people/employment";
import { participantRulesSchema } from "@/lib/domain/organisation/participant-rules-schema";
import { addMonths, defaultParticipation, type ParticipantRules, type PersonFacts } from "@/lib/domain/rounds/participant-rules";
import { da } from "@/lib/i18n/da";

// The HR export's employment facts as Danes and HR systems write them, and the rules that turn them
// into a round's default participants.

const now = new Date("2026-11-30T12:00:00Z");
const t = da.employment.errors;

describe("dates as Danes write them", () => {
  it.each([
    ["01-02-2024", "2024-02-01"],
    ["1.2.2024", "2024-02-01"],
    ["1/2-2024", "2024-02-01"],
    ["01/02/2024", "2024-02-01"],
    ["2024-02-01", "2024-02-01"],
    [" 29-02-2024 ", "2024-02-29"],
  ])("reads %j as %s", (raw, iso) => {
    expect(parseDanishDate(raw)).toBe(iso);
  });

  it.each(["31-02-2024", "29-02-2023", "2024-13-01", "01-02-24", "1. februar 2024", "", "2024/02/01x"])("refuses %j", (raw) => {
    expect(parseDanishDate(raw)).toBeNull();
  });

  it("names the accepted forms, and the range, in Danish", () => {
    expect(parseEmploymentStart("31-02-2024", now)).toEqual({ ok: false, message: t.badDate("31-02-2024") });
    expect(parseEmploymentStart("01-01-1949", now)).toEqual({ ok: false, message: t.startOutOfRange("01-01-1949", 1950, 2027) });
    expect(parseEmploymentStart("01-01-2028", now)).toEqual({ ok: false, message: t.startOutOfRange("01-01-2028", 1950, 2027) });
    expect(parseEmploymentStart("15.8.2027", now)).toEqual({ ok: true, value: "2027-08-15" });
  });
});

describe("employment types", () => {
  it.each([
    ["Fastansat", "PERMANENT"],
    ["månedslønnet", "PERMANENT"],
    ["Tjenestemand", "PERMANENT"],
    ["Tidsbegrænset ansat", "FIXED_TERM"],
    ["vikariat", "FIXED_TERM"],
    ["Timelønnet vikar", "HOURLY"],
    ["TIMELØNNET", "HOURLY"],
    ["timelønnet-vikar", "HOURLY"],
    ["Tilkaldevikar", "HOURLY"],
    ["hourly", "HOURLY"],
    ["Elev", "TRAINEE"],
    ["lærling", "TRAINEE"],
  ])("reads %j as %s", (raw, type) => {
    expect(parseEmploymentType(raw)).toBe(type);
  });

  it.each(["fuldtid", "fleksjob", "vikar", "x"])("does not guess at %j", (raw) => {
    expect(parseEmploymentType(raw)).toBeNull();
  });

  it("names the accepted values when it does not know one", () => {
    expect(t.unknownType("fuldtid")).toContain("fastansat");
    expect(t.unknownType("fuldtid")).toContain("timelønnet");
  });
});

describe("birth year and the senior flag", () => {
  it("keeps only the year of a birth year or a full date of birth", () => {
    expect(parseBirthYear("1962", now)).toEqual({ ok: true, value: 1962 });
    expect(parseBirthYear("14-03-1962", now)).toEqual({ ok: true, value: 1962 });
    expect(parseBirthYear("1962-03-14", now)).toEqual({ ok: true, value: 1962 });
  });

  it("refuses years out of range, and a CPR number without repeating it", () => {
    expect(parseBirthYear("1850", now)).toEqual({ ok: false, message: t.birthYearOutOfRange(1850, 1920, 2013) });
    expect(parseBirthYear("2020", now)).toEqual({ ok: false, message: t.birthYearOutOfRange(2020, 1920, 2013) });
    expect(parseBirthYear("62", now)).toEqual({ ok: false, message: t.badBirthYear("62") });
    for (const cpr of ["140362-1234", "1403621234"]) {
      const parsed = parseBirthYear(cpr, now);
      expect(parsed).toEqual({ ok: false, message: t.cprNumber });
      expect(JSON.stringify(parsed)).not.toContain("1234");
    }
  });

  it.each([
    ["Ja", true],
    ["x", true],
    ["1", true],
    ["Nej", false],
    ["0", false],
    ["no", false],
  ])("reads the senior flag %j as %s", (raw, value) => {
    expect(parseSeniorFlag(raw)).toEqual({ ok: true, value });
  });

  it("refuses a senior flag it cannot read", () => {
    expect(parseSeniorFlag("måske")).toEqual({ ok: false, message: t.badSenior("måske") });
  });

  it("changes only the facts the file has a column for", () => {
    const stored = { employmentType: "HOURLY" as const, employmentStart: "2020-01-01", birthYear: 1960, senior: null };
    expect(employmentFactsChange(stored, {})).toBe(false);
    expect(employmentFactsChange(stored, { employmentType: "HOURLY", birthYear: 1960 })).toBe(false);
    expect(employmentFactsChange(stored, { birthYear: null })).toBe(true);
    expect(employmentFactsChange(stored, { employmentStart: "2020-01-02" })).toBe(true);
  });
});

describe("a round's default participants", () => {
  const rules: ParticipantRules = { inviteHourlySubstitutes: false, seniorConversationAge: 60, minimumEmploymentMonths: 6 };
  const frame = { year: 2027, conversationsFrom: new Date("2027-02-01T00:00:00Z") };
  const nobody: PersonFacts = { employmentType: null, employmentStart: null, birthYear: null, senior: null };

  it("takes in someone the export says nothing about, with no seniorsamtale", () => {
    expect(defaultParticipation(nobody, rules, frame)).toEqual({ included: true, reason: null, offerSeniorConversation: false });
  });

  it("leaves an hourly substitute out unless the municipality invites them", () => {
    const hourly = { ...nobody, employmentType: "HOURLY" as const };
    expect(defaultParticipation(hourly, rules, frame)).toMatchObject({ included: false, reason: { kind: "hourly" } });
    expect(defaultParticipation(hourly, { ...rules, inviteHourlySubstitutes: true }, frame)).toMatchObject({ included: true });
  });

  it("leaves out someone employed less than the months when the conversations begin", () => {
    const start = (iso: string) => ({ ...nobody, employmentStart: new Date(`${iso}T00:00:00Z`) });
    expect(defaultParticipation(start("2026-09-01"), rules, frame)).toMatchObject({
      included: false,
      reason: { kind: "newHire", months: 6 },
    });
    expect(defaultParticipation(start("2026-08-01"), rules, frame)).toMatchObject({ included: true });
    expect(defaultParticipation(start("2026-09-01"), { ...rules, minimumEmploymentMonths: null }, frame)).toMatchObject({ included: true });
  });

  it("offers a seniorsamtale from the age reached in the round's year, or by HR's flag when no year is known", () => {
    expect(defaultParticipation({ ...nobody, birthYear: 1967 }, rules, frame).offerSeniorConversation).toBe(true);
    expect(defaultParticipation({ ...nobody, birthYear: 1968 }, rules, frame).offerSeniorConversation).toBe(false);
    expect(defaultParticipation({ ...nobody, senior: true }, rules, frame).offerSeniorConversation).toBe(true);
    expect(defaultParticipation({ ...nobody, birthYear: 1990, senior: true }, rules, frame).offerSeniorConversation).toBe(false);
    expect(
      defaultParticipation({ ...nobody, birthYear: 1950 }, { ...rules, seniorConversationAge: null }, frame).offerSeniorConversation,
    ).toBe(false);
  });

  it("counts months to the same day, the last of a shorter month", () => {
    expect(addMonths(new Date("2027-01-31T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(addMonths(new Date("2026-11-15T00:00:00Z"), 3).toISOString().slice(0, 10)).toBe("2027-02-15");
  });
});

describe("the municipality's participant rules", () => {
  const valid = { inviteHourlySubstitutes: false, seniorConversationAge: "60", minimumEmploymentMonths: "" };
  const message = (values: typeof valid) =>
    participantRulesSchema.safeParse(values).error?.issues.map((issue) => [issue.path[0], issue.message]);

  it("takes an age from 40 to 80 and 1 to 60 months, or none", () => {
    expect(message(valid)).toBeUndefined();
    expect(message({ ...valid, seniorConversationAge: "", minimumEmploymentMonths: "6" })).toBeUndefined();
  });

  it.each([
    ["seniorConversationAge", "39"],
    ["seniorConversationAge", "81"],
    ["seniorConversationAge", "sixty"],
    ["minimumEmploymentMonths", "0"],
    ["minimumEmploymentMonths", "61"],
    ["minimumEmploymentMonths", "3.5"],
  ] as const)("refuses %s %j next to its field, in Danish", (field, value) => {
    const errors = da.employment.settings.errors;
    expect(message({ ...valid, [field]: value })).toEqual([
      [field, field === "seniorConversationAge" ? errors.seniorAge : errors.minimumMonths],
    ]);
  });
});
