import { describe, expect, it } from "vitest";
import type { PlanAction, PlanContent } from "@/lib/domain/plans/doc";
import { renderPlanPdf, type PlanPdfData } from "@/lib/pdf/plan";
import { drawnFields, hiddenText, squeezed } from "../support/pdf-field-text";

// Every field of the plan PDF, read from its appearance stream as a reader draws it: each line
// inside the field's box, nothing lost. Two plans: an ordinary one, and one made of everything that
// has made a field's last line disappear (lines typed with Enter, long wrapped lines, empty lines,
// a word wider than the field, exactly as many lines as a field holds, one more than that).

const action = (what: string, extra: Partial<PlanAction> = {}): PlanAction => ({
  what,
  how: "",
  support: "",
  who: "",
  byWhen: "",
  theme: "",
  form: "",
  waitsForWrapUp: false,
  carriedFrom: "",
  subtasks: [],
  ...extra,
});

function plan(content: Partial<PlanContent>, employeeComment = ""): PlanPdfData {
  return {
    municipality: "Vesterå Kommune",
    unit: "Dagtilbud Solstrålen",
    round: { title: "MUS 2027 (skoler)", kind: "MUS" },
    employee: { name: "Åse Kirkegaard", jobTitle: "Pædagog" },
    leader: { name: "Mette Søndergård", jobTitle: "Dagtilbudsleder" },
    conversation: "tirsdag 4. maj 2027 kl. 10.00",
    version: {
      number: 1,
      signedAt: "5. maj 2027 kl. 09.12",
      approvals: [
        { name: "Åse Kirkegaard", at: "5. maj 2027 kl. 09.10" },
        { name: "Mette Søndergård", at: "5. maj 2027 kl. 09.12" },
      ],
    },
    scope: "FULL",
    content: {
      startWith: "mening",
      motivated: "yes",
      expectations: "",
      goals: "",
      evaluation: "",
      followUpDate: "",
      actions: [],
      ...content,
    },
    employeeComment,
    filed: null,
  };
}

const five = "Første linje\nAnden linje\nTredje linje\nFjerde linje\nFemte linje med æ, ø og å";
const sentence = "Jeg vil gerne blive bedre til at lede morgenmødet, så alle får ordet og vi slutter til tiden, også om fredagen. ";
const lines = (count: number, text = "linje") => Array.from({ length: count }, (_, index) => `${text} ${index + 1}`).join("\n");

const realistic = plan(
  {
    expectations: "Tale om arbejdstid og nye opgaver – især om fredagen.\nOg om sparring med kollegerne.",
    goals:
      "Blive tryg i at lede morgenmødet.\nLære at skrive gode overleveringer.\n\nPå længere sigt: en uddannelse som praktikvejleder, hvis der bliver plads i budgettet til det næste år.",
    followUpDate: "2027-09-15",
    evaluation: "Godt at skrive planen sammen.",
    actions: [
      action("Lede morgenmødet hver fredag", {
        how: "Med en dagsorden, vi laver sammen",
        support: "Sparring med Mette",
        who: "Åse og Mette",
        byWhen: "2027-05-01",
        theme: "Trivsel og samarbejde i opgaveløsningen",
        form: "tasks",
        waitsForWrapUp: true,
        subtasks: [{ text: "Lave en dagsorden", state: "done" }],
      }),
      action("Skrive en overleveringsguide", { how: "Først en skitse,\nså en runde med kollegerne,\nså den færdige guide." }),
    ],
  },
  "Jeg vil gerne have mere tid til forberedelse.",
);

const stress = plan(
  {
    expectations: five,
    goals: `${five}\n\n${sentence.repeat(6)}\n\n\n${"x".repeat(30)}${"Ø".repeat(150)}\n   indrykket linje\n`,
    evaluation: `Første\r\nAnden\r\n\r\nFjerde\tmed tabulator\nfemte`,
    followUpDate: "2027-09-15",
    actions: [
      action(five, {
        how: sentence.repeat(3),
        support: `${five}\n${five}`,
        who: "Åse",
        byWhen: "Inden sommerferien",
        theme: "Faglig udvikling",
        form: "education",
        subtasks: [
          { text: five, state: "started" },
          { text: sentence.repeat(2), state: "open" },
        ],
      }),
      action(lines(40), { how: "\n\n\n", support: " ", who: sentence, theme: "", form: "sparring" }),
      action(lines(41, sentence), { how: lines(12) }),
      action("én linje", { how: five, support: five, who: five, byWhen: five, theme: five }),
    ],
  },
  five,
);

async function check(data: PlanPdfData) {
  const fields = await drawnFields(await renderPlanPdf(data));
  expect(fields.length).toBeGreaterThan(10);
  expect(hiddenText(fields)).toEqual([]);
  return fields;
}

describe("the plan PDF's form fields", () => {
  it("draw every line of an ordinary plan inside the field's box", async () => {
    for (const field of await check(realistic)) expect(squeezed(field.lines.map((line) => line.text).join(""))).toBe(squeezed(field.value));
  });

  it("draw every line inside the box for answers typed over many lines, wrapped, empty or wider than the field", async () => {
    const fields = await check(stress);
    const longOne = "action.3.what";
    for (const field of fields.filter((field) => field.name !== longOne))
      expect(squeezed(field.lines.map((line) => line.text).join("")), field.name).toBe(squeezed(field.value));
    // A field of exactly 40 lines holds them all; one that needs more shows its first lines (the text is printed in full above it).
    expect(fields.find((field) => field.name === "action.2.what")!.lines).toHaveLength(40);
    const preview = fields.find((field) => field.name === longOne)!;
    expect(preview.lines.map((line) => line.text).at(-1)).toBe("…");
    expect(
      squeezed(preview.value).startsWith(
        squeezed(
          preview.lines
            .slice(0, -1)
            .map((line) => line.text)
            .join(""),
        ),
      ),
    ).toBe(true);
    // An empty line typed with Enter keeps its place, and an indented line its indent.
    const goals = fields.find((field) => field.name === "goals")!.lines;
    const fifth = goals.findIndex((line) => line.text.startsWith("Femte"));
    const pitch = goals[0].baseline - goals[1].baseline;
    expect(goals[fifth].baseline - goals[fifth + 1].baseline).toBeCloseTo(2 * pitch);
    expect(goals.map((line) => line.text)).toContain("   indrykket linje");
  });
});
