import type { PlanPdfData } from "./plan";

// A plan that no one sees, rendered a few times when the PDF worker starts: V8 compiles the
// layout code to fast machine code only after it has run several times, and until then a
// render took twice as long (measured: ~110 ms for the first eight renders, ~50 ms after).
// Warming while the worker is idle makes the first downloads after a restart as fast as the rest.

const paragraph = "Et afsnit på nogle linjer med æ, ø og å, så tekstopsætningen, felterne og sideskiftet alle bliver kørt igennem. ";
const action = (n: number) => ({
  what: `Indsats ${n}: ${paragraph}`,
  how: paragraph,
  support: paragraph,
  who: "Medarbejder og leder",
  byWhen: "2027-05-01",
  theme: "",
  form: "",
  waitsForWrapUp: n === 2,
  carriedFrom: "",
  subtasks: [{ text: paragraph, state: "started" as const }],
});

export const warmUpPlan: PlanPdfData = {
  municipality: "Kommune",
  unit: "Enhed",
  round: { title: "MUS", kind: "MUS" },
  employee: { name: "Medarbejder", jobTitle: null },
  leader: { name: "Leder", jobTitle: null },
  conversation: null,
  version: { number: 1, signedAt: null, approvals: [] },
  scope: "FULL",
  content: {
    startWith: "",
    motivated: "",
    expectations: paragraph,
    goals: paragraph.repeat(3),
    evaluation: paragraph,
    followUpDate: "2027-09-15",
    actions: [action(1), action(2)],
  },
  employeeComment: "",
  filed: null,
};

/** How many renders warm the worker: the point where a render's time stopped falling. */
export const warmUpRenders = 10;
