import { z } from "zod";
import { taskStates } from "@/lib/domain/plans/doc";

// Every shape a signed plan's content (PlanVersion.content) was ever stored in, next to doc.ts
// whose planContent() writes it. Taken from the history of doc.ts; each was written by the code of
// its time and is still in the database. Fields are checked as stored, not against today's lists
// (a start dimension or a form a later version might drop still reads): the shape is strict, the
// values are what both parties signed.
//
//   1  2026-11-23, sign-off: goals, evaluation, follow-up date, actions without theme or sub-tasks
//   2  2026-11-23, follow-up: + startWith, expectations; actions + carriedFrom, subtasks
//   3  2026-11-23, themes: + motivated; actions + theme, form. Written unmarked until 2026-11-30,
//      with { schemaVersion: 3 } since.
//
// Key order follows planContent(), so a parsed document is the object it was made from.

const text = z.string();
const subtask = z.strictObject({ text, state: z.enum(taskStates) });

const action1 = { what: text, how: text, support: text, who: text, byWhen: text, waitsForWrapUp: z.boolean() };
export const contentV1 = z.strictObject({ goals: text, evaluation: text, followUpDate: text, actions: z.array(z.strictObject(action1)) });

const action2 = { ...action1, carriedFrom: text, subtasks: z.array(subtask) };
export const contentV2 = z.strictObject({
  startWith: text,
  expectations: text,
  goals: text,
  evaluation: text,
  followUpDate: text,
  actions: z.array(z.strictObject(action2)),
});

const action3 = z.strictObject({
  what: text,
  how: text,
  support: text,
  who: text,
  byWhen: text,
  theme: text,
  form: text,
  waitsForWrapUp: z.boolean(),
  carriedFrom: text,
  subtasks: z.array(subtask),
});
const fields3 = {
  startWith: text,
  motivated: text,
  expectations: text,
  goals: text,
  evaluation: text,
  followUpDate: text,
  actions: z.array(action3),
};
export const contentV3 = z.strictObject(fields3);
export const contentV3Marked = z.strictObject({ schemaVersion: z.literal(3), ...fields3 });

export type ContentV1 = z.output<typeof contentV1>;
export type ContentV2 = z.output<typeof contentV2>;
export type ContentV3 = z.output<typeof contentV3>;
export type ContentV3Marked = z.output<typeof contentV3Marked>;
