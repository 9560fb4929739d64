import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { signInEmailSchema } from "@/lib/auth/schema";
import { unitFormSchema } from "@/lib/domain/organisation/schema";
import { personFormSchema } from "@/lib/domain/people/schema";
import { commentSchema, followUpSchema, miniMusSchema } from "@/lib/domain/plans/schema";
import {
  conversationSchema,
  createRoundSchema,
  groupNameSchema,
  kickoffSchema,
  questionSetSchema,
  roundDetailsSchema,
} from "@/lib/domain/rounds/schema";
import { changeSchema } from "@/lib/domain/sheets/schema";
import { templateFormSchema } from "@/lib/domain/templates/schema";
import { upwardAnswerValuesSchema, upwardQuestionsSchema, upwardSettingsValuesSchema } from "@/lib/domain/upward/schema";
import { jointActionSchema, settlementSchema } from "@/lib/domain/wrap-up/schema";
import { meetingDateRange } from "@/lib/dates/calendar";
import { cleanInput, hasUnstorable } from "@/lib/text/clean";

// Every form's schema, as a server action runs it (cleanInput, then the schema), against what an
// unlucky paste or a hostile request sends into each typed field: NUL, lone surrogates, a
// megabyte, right-to-left text and emoji; and every date field against the extremes. A field
// must either keep the text (cleaned, never holding what the database refuses) or refuse it with
// a Danish message at that field, never zod's English default or a message elsewhere.

const id = "3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60";
const day = meetingDateRange().from.replace(/^(\d{4})/, (year) => String(Number(year) + 1)); // a year from the first bookable day

const forms: [string, z.ZodType, Record<string, unknown>][] = [
  ["sign-in e-mail", signInEmailSchema, { email: "freja.lund@vesteraa.example" }],
  [
    "person",
    personFormSchema,
    {
      name: "Freja Lund",
      email: "freja@vesteraa.example",
      employeeNumber: "1042",
      jobTitle: "Pædagog",
      unitId: id,
      manager: "",
      roles: [],
      active: true,
    },
  ],
  ["unit", unitFormSchema, { name: "Åbyskolen", kind: "UNIT", parentId: id }],
  [
    "round",
    createRoundSchema,
    {
      kind: "MUS",
      templateId: id,
      title: "MUS 2027",
      year: 2027,
      focus: "Fokus",
      kickoffDate: day,
      conversationsFrom: day,
      conversationsTo: day,
      wrapUpDate: day,
      followUpDate: day,
    },
  ],
  [
    "round details",
    roundDetailsSchema,
    {
      title: "MUS 2027",
      year: 2027,
      focus: "",
      kickoffDate: day,
      conversationsFrom: day,
      conversationsTo: day,
      wrapUpDate: day,
      followUpDate: day,
    },
  ],
  ["kick-off", kickoffSchema, { kickoffNotes: "Noter", coreTask: "Kerneopgaven", developmentGoals: [{ text: "Et mål" }] }],
  ["questions", questionSetSchema, { questions: [{ themeId: id, text: "Hvad giver dig energi?", prioritised: false }] }],
  ["group name", groupNameSchema, { name: "Pædagoger" }],
  ["conversation", conversationSchema, { date: day, time: "09:30", durationMinutes: 60, location: "Mødelokale 2" }],
  ["mini-MUS", miniMusSchema, { date: day, time: "09:30", durationMinutes: 15, location: "Personalestuen" }],
  ["follow-up", followUpSchema, { heldOn: day, note: "Det går godt", actionStates: [] }],
  ["comment", commentSchema, { comment: "En bemærkning" }],
  [
    "template",
    templateFormSchema,
    {
      name: "MUS",
      description: "",
      hasScores: true,
      answerLayout: "REFLECTION",
      themes: [{ title: "Trivsel", description: "", questions: "Hvordan har du det?" }],
    },
  ],
  ["joint action", jointActionSchema, { what: "Fælles kursus", dueDate: day, who: "Lederen", followUpHow: "" }],
  ["settlement", settlementSchema, { decision: "agreed", note: "" }],
  ["autosave change", changeSchema, { key: "otherCommon", value: "Tekst", baseRevision: 0 }],
  [
    "upward answer",
    upwardAnswerValuesSchema,
    { mestring: 7, mening: 6, samhoerighed: 8, autonomi: 5, answer1: "Lytter", answer2: "Mere sparring" },
  ],
  [
    "upward questions",
    upwardQuestionsSchema,
    { question1: "Hvad gør din leder godt?", question2: "Hvad kunne være anderledes?", showFreeText: false },
  ],
  ["upward setting", upwardSettingsValuesSchema, { enabled: true, closesOn: day }],
];

type Leaf = { path: (string | number)[]; value: string };

/** The typed text fields of a sample: strings, except ids, versions and choices from a list. */
function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === "string") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}
const typed = (leaf: Leaf) => leaf.value !== id && !["kind", "decision", "key", "answerLayout"].includes(String(leaf.path.at(-1)));
const isDate = (leaf: Leaf) => /^\d{4}-\d{2}-\d{2}$/.test(leaf.value);

function replaced(sample: Record<string, unknown>, path: (string | number)[], value: string): Record<string, unknown> {
  const copy = structuredClone(sample);
  let target = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, step) => (current as Record<string | number, unknown>)?.[step], value);
}

const englishDefault = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)/;

function expectDanishRefusal(result: z.ZodSafeParseResult<unknown>, path: (string | number)[]) {
  expect(result.success).toBe(false);
  const issues = result.error!.issues;
  expect(issues.some((issue) => issue.path.join(".") === path.join("."))).toBe(true);
  for (const issue of issues) expect(issue.message).not.toMatch(englishDefault);
}

const nasty = {
  nul: "Før\u0000efter",
  surrogate: "halv\uD800del",
  rtlEmoji: "مرحبا 👋🏽 ‮abc‬",
  megabyte: "x".repeat(1_000_000),
};

describe.each(forms)("the %s form", (_name, schema, sample) => {
  it("accepts its sample as it stands (so each case below changes one field only)", () => {
    expect(schema.safeParse(cleanInput(sample)).success).toBe(true);
  });

  const textLeaves = leaves(sample)
    .filter(typed)
    .filter((leaf) => !isDate(leaf));
  const dateLeaves = leaves(sample).filter(isDate);

  it.each(textLeaves.map((leaf) => [leaf.path.join("."), leaf] as const))(
    "keeps %s free of what the database refuses, or refuses it in Danish",
    (_path, leaf) => {
      for (const value of [nasty.nul, nasty.surrogate, nasty.rtlEmoji]) {
        const result = schema.safeParse(cleanInput(replaced(sample, leaf.path, value)));
        if (result.success) {
          const stored = at(result.data, leaf.path);
          expect(typeof stored === "string" && !hasUnstorable(stored)).toBe(true);
          if (value === nasty.rtlEmoji) expect(stored).toBe(value);
        } else {
          expectDanishRefusal(result, leaf.path);
        }
      }
    },
  );

  it.each(textLeaves.map((leaf) => [leaf.path.join("."), leaf] as const))(
    "refuses a megabyte in %s, in Danish, at the field",
    (_path, leaf) => {
      expectDanishRefusal(schema.safeParse(cleanInput(replaced(sample, leaf.path, nasty.megabyte))), leaf.path);
    },
  );

  it.each(dateLeaves.map((leaf) => [leaf.path.join("."), leaf] as const))(
    "refuses dates out of range in %s, in Danish, at the field",
    (_path, leaf) => {
      for (const value of [
        "0000-01-01",
        "9999-12-31",
        "1999-12-31",
        "2101-01-01",
        "2027-02-30",
        "31-02-2027",
        "12/31/2027",
        "31-12-27",
        "i morgen",
      ]) {
        expectDanishRefusal(schema.safeParse(cleanInput(replaced(sample, leaf.path, value))), leaf.path);
      }
    },
  );
});
