import * as Y from "yjs";

// The plan as a Yjs document. Text fields are Y.Text, so two people typing in the same field at
// the same moment both keep every character; practice actions are a Y.Array of Y.Maps, each with
// its own Y.Array of sub-tasks. Pure: used by the browser (editing), the server (validating and
// storing) and the tests.

export const planTextFields = ["expectations", "goals", "evaluation"] as const;
export const actionTextFields = ["what", "how", "support", "who"] as const;
export const taskStates = ["open", "started", "done"] as const;
// The broad view of competence development ("more and other than formal education"): what kind of
// development a practice action is, so the leader's overview can group the needs named in the plans.
export const developmentForms = ["education", "training", "tasks", "sparring", "selfStudy", "other"] as const;
export const motivationValues = ["yes", "no", "unclear"] as const;
export const textLimit = 20_000;
export const maxActions = 20;
export const maxSubtasks = 20;

export type TaskState = (typeof taskStates)[number];
export type DevelopmentForm = (typeof developmentForms)[number];
export type Motivation = (typeof motivationValues)[number];
export type Subtask = { text: string; state: TaskState };
export type PlanAction = {
  what: string;
  how: string;
  support: string;
  who: string;
  byWhen: string;
  /** The round theme the action belongs to (its title), or "". */
  theme: string;
  /** The kind of development (one of developmentForms), or "". */
  form: string;
  waitsForWrapUp: boolean;
  /** The title of the earlier round the action was carried over from, or "" when it is new. */
  carriedFrom: string;
  subtasks: Subtask[];
};
export type PlanContent = {
  startWith: string;
  /** Whether the employee wants and is motivated for professional development (one of motivationValues), or "". */
  motivated: string;
  expectations: string;
  goals: string;
  evaluation: string;
  followUpDate: string;
  actions: PlanAction[];
};

// Top-level shared types, named, never created as values inside a map: two browsers that both
// "create" a field at the same moment would otherwise make two objects, and one would win with the
// other's characters gone. Named top-level types are the same object in every replica. Maps inside
// the actions array are created whole by the one who adds the action, so they have one creator.

/** The shared text of a top-level field. */
export function planText(doc: Y.Doc, field: (typeof planTextFields)[number]): Y.Text {
  return doc.getText(field);
}

export function actionsOf(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>("actions");
}

/** Single values (start dimension, follow-up date) where the last one set wins. */
export const planValues = (doc: Y.Doc) => doc.getMap<unknown>("values");

export function subtasksOf(action: Y.Map<unknown>): Y.Array<Y.Map<unknown>> | null {
  const subtasks = action.get("subtasks");
  return subtasks instanceof Y.Array ? (subtasks as Y.Array<Y.Map<unknown>>) : null;
}

type ActionSeed = Partial<Omit<PlanAction, "subtasks">> & { subtasks?: Subtask[] };

function newAction(seed: ActionSeed = {}): Y.Map<unknown> {
  const action = new Y.Map<unknown>();
  for (const field of actionTextFields) action.set(field, new Y.Text(seed[field] ?? ""));
  action.set("byWhen", seed.byWhen ?? "");
  action.set("theme", seed.theme ?? "");
  action.set("form", seed.form ?? "");
  action.set("waitsForWrapUp", seed.waitsForWrapUp ?? false);
  action.set("carriedFrom", seed.carriedFrom ?? "");
  const subtasks = new Y.Array<Y.Map<unknown>>();
  subtasks.push((seed.subtasks ?? []).map(newSubtask));
  action.set("subtasks", subtasks);
  return action;
}

function newSubtask(seed: Partial<Subtask> = {}): Y.Map<unknown> {
  const task = new Y.Map<unknown>();
  task.set("text", new Y.Text(seed.text ?? ""));
  task.set("state", seed.state ?? "open");
  return task;
}

export function addAction(doc: Y.Doc, seed?: ActionSeed): void {
  actionsOf(doc).push([newAction(seed)]);
}

export function addSubtask(action: Y.Map<unknown>): void {
  subtasksOf(action)?.push([newSubtask()]);
}

const str = (value: unknown) => (value instanceof Y.Text ? value.toString() : typeof value === "string" ? value : "");
const state = (value: unknown): TaskState => (taskStates.includes(value as TaskState) ? (value as TaskState) : "open");

/** The plan as plain data (for the signed version, the PDF and the overview). */
export function planContent(doc: Y.Doc): PlanContent {
  return {
    startWith: str(planValues(doc).get("startWith")),
    motivated: str(planValues(doc).get("motivated")),
    expectations: planText(doc, "expectations").toString(),
    goals: planText(doc, "goals").toString(),
    evaluation: planText(doc, "evaluation").toString(),
    followUpDate: str(planValues(doc).get("followUpDate")),
    actions: actionsOf(doc)
      .toArray()
      .map((action) => ({
        what: str(action.get("what")),
        how: str(action.get("how")),
        support: str(action.get("support")),
        who: str(action.get("who")),
        byWhen: str(action.get("byWhen")),
        theme: str(action.get("theme")),
        form: str(action.get("form")),
        waitsForWrapUp: action.get("waitsForWrapUp") === true,
        carriedFrom: str(action.get("carriedFrom")),
        subtasks: (subtasksOf(action)?.toArray() ?? []).map((task) => ({ text: str(task.get("text")), state: state(task.get("state")) })),
      })),
  };
}

/** A new plan's document, starting from what is carried over (unfinished actions, the start wish). */
export function seededPlan(seed: { startWith?: string; actions: ActionSeed[] }): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (seed.startWith) planValues(doc).set("startWith", seed.startWith);
    for (const action of seed.actions) addAction(doc, action);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** Why the document cannot be stored (a field past the limit, too many items), or null. */
export function planProblem(content: PlanContent): "tooLong" | "tooManyActions" | "tooManySubtasks" | "badValue" | null {
  const texts = [
    content.expectations,
    content.goals,
    content.evaluation,
    ...content.actions.flatMap((action) => [...actionTextFields.map((field) => action[field]), ...action.subtasks.map((task) => task.text)]),
  ];
  if (texts.some((text) => text.length > textLimit)) return "tooLong";
  if (content.actions.length > maxActions) return "tooManyActions";
  if (content.actions.some((action) => action.subtasks.length > maxSubtasks)) return "tooManySubtasks";
  // Choices are chosen from lists; a value from outside one (only a hand-made update sends it) is refused.
  const choice = (value: string, allowed: readonly string[]) => value === "" || allowed.includes(value);
  if (!choice(content.motivated, motivationValues)) return "badValue";
  if (content.actions.some((action) => !choice(action.form, developmentForms) || action.theme.length > 200)) return "badValue";
  return null;
}

/** Edits a text so it reads `next`, touching only the changed middle (keeps concurrent edits elsewhere). */
export function applyTextChange(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start += 1;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent -= 1;
    endNext -= 1;
  }
  text.doc!.transact(() => {
    if (endCurrent > start) text.delete(start, endCurrent - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  }, "local");
}
