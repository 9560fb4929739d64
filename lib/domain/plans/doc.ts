import * as Y from "yjs";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { cleanText, controlCharacterPositions, hasUnstorable } from "@/lib/text/clean";
import { isCalendarDate } from "@/lib/dates/calendar";

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
// What sign-off stores as a version's content. Signed versions are read back through
// stored/read-content.ts, one schema per shape ever stored: a change here is a new stored shape
// there (with its upgrade), or the versions signed before it stop reading.
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

export type ActionSeed = Partial<Omit<PlanAction, "subtasks">> & { subtasks?: Subtask[] };

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

// Cleaned as it is read: a plan stored before texts were checked for characters the database
// refuses still signs and prints (lib/text/clean.ts).
const str = (value: unknown) => cleanText(value instanceof Y.Text ? value.toString() : typeof value === "string" ? value : "");
const state = (value: unknown): TaskState => (taskStates.includes(value as TaskState) ? (value as TaskState) : "open");

/** The plan as plain data (for the signed version, the PDF and the overview). */
export function planContent(doc: Y.Doc): PlanContent {
  return {
    startWith: str(planValues(doc).get("startWith")),
    motivated: str(planValues(doc).get("motivated")),
    expectations: str(planText(doc, "expectations")),
    goals: str(planText(doc, "goals")),
    evaluation: str(planText(doc, "evaluation")),
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

export type PlanProblem = "badText" | "tooLong" | "tooManyActions" | "tooManySubtasks" | "badValue" | "badDate" | "badUpdate";

// What a stored plan may hold, and nothing else. A Yjs update can name any top-level type and put
// any key or value into any map, and whatever is stored ends up in the signed version and its PDF,
// so the whole document is checked on every update, not only the fields the screens edit.
// A Map, not an object: a top-level type named "constructor" must not find Object's.
const topLevel = new Map<string, typeof Y.Text | typeof Y.Array | typeof Y.Map>([
  ["expectations", Y.Text],
  ["goals", Y.Text],
  ["evaluation", Y.Text],
  ["actions", Y.Array],
  ["values", Y.Map],
]);
// Two flags mark a one-time copy: "prefilled", the shared sheet (lib/domain/plans/mutations/prefill.ts), and
// "earlierActionsBrought", the employee's choice to bring the earlier plan's actions in.
const valueKeys = ["startWith", "motivated", "followUpDate", "prefilled", "earlierActionsBrought"] as const;
const flagKeys = new Set<string>(["prefilled", "earlierActionsBrought"]);
const actionKeys = new Set<string>([...actionTextFields, "byWhen", "theme", "form", "waitsForWrapUp", "carriedFrom", "subtasks"]);
const subtaskKeys = new Set(["text", "state"]);
const dimensionIds: readonly string[] = vitalisationDimensions.map((dimension) => dimension.id);
/** A theme is a round theme's title; carriedFrom a round's title (both at most 200 characters there). */
const titleLimit = 200;

/** A plan date: a calendar date (the PDF and the follow-up mail read it as one). */
export const isPlanDate = isCalendarDate;

/** What every shared type is made of: a map part and a list part (Yjs's own fields). */
type Shared = { _map: Map<string, Y.Item>; _start: Y.Item | null };
/** The live (not deleted) entries of a shared type's map part. */
function entries(type: Shared): [string, Y.Item][] {
  return [...type._map].filter(([, item]) => !item.deleted);
}
/** The live items of a shared type's list part. */
function items(type: Shared): Y.Item[] {
  const found: Y.Item[] = [];
  for (let item = type._start; item; item = item.right) if (!item.deleted) found.push(item);
  return found;
}
/** A text holds characters only: no embedded objects, no formatting, no map entries. */
function plainText(value: unknown): value is Y.Text {
  if (!(value instanceof Y.Text) || entries(value).length > 0) return false;
  // Walked in place rather than collected: this runs over every text on every keystroke.
  for (let item = value._start; item; item = item.right) if (!item.deleted && !(item.content instanceof Y.ContentString)) return false;
  return true;
}
/** Some live piece of the text holds a character no text may (the editor never sends one). */
function unstorableText(value: Y.Text): boolean {
  for (let item = value._start; item; item = item.right)
    if (!item.deleted && hasUnstorable((item.content as Y.ContentString).str)) return true;
  return false;
}
const unstorableString = (value: unknown) => typeof value === "string" && hasUnstorable(value);
/** A list (or a map) holds no entries of the other kind. */
const listOnly = (type: Shared) => entries(type).length === 0;
const mapOnly = (type: Shared) => items(type).length === 0;
const choice = (value: unknown, allowed: readonly string[]) => value === "" || (typeof value === "string" && allowed.includes(value));
const dateOrEmpty = (value: unknown) => value === undefined || value === "" || (typeof value === "string" && isPlanDate(value));

/**
 * Why the document cannot be stored, or null: a top-level type, key or value the plan does not
 * have (an update made by hand), a text past its limit, too many items, a choice from outside its
 * list, or a date that is not one.
 */
export function planProblem(doc: Y.Doc): PlanProblem | null {
  for (const [name, type] of doc.share) {
    const expected = topLevel.get(name);
    if (!expected) return "badUpdate";
    // A name only ever received in an update is still the untyped base; give it its type to look inside.
    if (!(type instanceof expected)) doc.get(name, expected);
  }
  for (const field of planTextFields) {
    const text = planText(doc, field);
    if (!plainText(text)) return "badUpdate";
    if (text.length > textLimit) return "tooLong";
    if (unstorableText(text)) return "badText";
  }

  const values = planValues(doc);
  if (!mapOnly(values)) return "badUpdate";
  for (const [key, item] of entries(values)) {
    if (!valueKeys.includes(key as never)) return "badUpdate";
    if (typeof item.content.getContent()[0] !== (flagKeys.has(key) ? "boolean" : "string")) return "badValue";
    if (unstorableString(item.content.getContent()[0])) return "badText";
  }
  if (!choice(values.get("startWith") ?? "", dimensionIds) || !choice(values.get("motivated") ?? "", motivationValues)) return "badValue";
  if (!dateOrEmpty(values.get("followUpDate"))) return "badDate";

  const actions = actionsOf(doc);
  if (!listOnly(actions)) return "badUpdate";
  if (actions.length > maxActions) return "tooManyActions";
  for (const action of actions.toArray() as unknown[]) {
    const problem = actionProblem(action);
    if (problem) return problem;
  }
  return null;
}

function actionProblem(action: unknown): PlanProblem | null {
  if (!(action instanceof Y.Map) || !mapOnly(action)) return "badUpdate";
  if (entries(action).some(([key]) => !actionKeys.has(key))) return "badUpdate";
  for (const field of actionTextFields) {
    const text = action.get(field);
    if (text === undefined) continue;
    if (!plainText(text)) return "badUpdate";
    if (text.length > textLimit) return "tooLong";
    if (unstorableText(text)) return "badText";
  }
  const theme = action.get("theme") ?? "";
  const carriedFrom = action.get("carriedFrom") ?? "";
  if (unstorableString(theme) || unstorableString(carriedFrom)) return "badText";
  if (typeof theme !== "string" || typeof carriedFrom !== "string" || theme.length > titleLimit || carriedFrom.length > titleLimit)
    return "badValue";
  if (!choice(action.get("form") ?? "", developmentForms)) return "badValue";
  if (![undefined, true, false].includes(action.get("waitsForWrapUp") as never)) return "badValue";
  if (!dateOrEmpty(action.get("byWhen"))) return "badDate";

  const subtasks = action.get("subtasks");
  if (subtasks === undefined) return null;
  if (!(subtasks instanceof Y.Array) || !listOnly(subtasks)) return "badUpdate";
  if (subtasks.length > maxSubtasks) return "tooManySubtasks";
  for (const task of subtasks.toArray() as unknown[]) {
    if (!(task instanceof Y.Map) || !mapOnly(task) || entries(task).some(([key]) => !subtaskKeys.has(key))) return "badUpdate";
    const text = task.get("text");
    if (text !== undefined && !plainText(text)) return "badUpdate";
    if (text instanceof Y.Text && text.length > textLimit) return "tooLong";
    if (text instanceof Y.Text && unstorableText(text)) return "badText";
    const state = task.get("state");
    if (state !== undefined && !taskStates.includes(state as never)) return "badValue";
  }
  return null;
}

/** Edits a text so it reads `next`, touching only the changed middle (keeps concurrent edits elsewhere). */
/**
 * Takes out of a stored plan every character no text may hold (a plan stored before texts were
 * checked), as an ordinary change every copy receives, and returns that change; null when there
 * is nothing to take out. Without it the check of each later update would refuse every edit.
 */
export function repairUnstorable(doc: Y.Doc): Uint8Array | null {
  const before = Y.encodeStateVector(doc);
  let changed = false;
  const repairText = (text: unknown) => {
    if (!(text instanceof Y.Text)) return;
    for (const position of controlCharacterPositions(text.toString())) {
      text.delete(position, 1);
      changed = true;
    }
  };
  const repairValue = (map: Y.Map<unknown>, key: string) => {
    const value = map.get(key);
    if (typeof value === "string" && hasUnstorable(value)) {
      map.set(key, cleanText(value));
      changed = true;
    }
  };
  doc.transact(() => {
    for (const field of planTextFields) repairText(planText(doc, field));
    for (const key of planValues(doc).keys()) repairValue(planValues(doc), key);
    for (const action of actionsOf(doc).toArray()) {
      if (!(action instanceof Y.Map)) continue;
      for (const key of [...action.keys()]) {
        if (actionTextFields.includes(key as never)) repairText(action.get(key));
        else repairValue(action, key);
      }
      for (const task of subtasksOf(action)?.toArray() ?? []) if (task instanceof Y.Map) repairText(task.get("text"));
    }
  }, "repair");
  return changed ? Y.encodeStateAsUpdate(doc, before) : null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function applyTextChange(text: Y.Text, typed: string): void {
  const next = cleanText(typed);
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start += 1;
  // Never between the two halves of one character (an emoji is two UTF-16 units): Yjs would turn
  // each half into U+FFFD. A change that starts or ends mid-character takes the whole character.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent -= 1;
    endNext -= 1;
  }
  if (endCurrent < current.length && isLowSurrogate(current.charCodeAt(endCurrent))) {
    endCurrent += 1;
    endNext += 1;
  }
  text.doc!.transact(() => {
    if (endCurrent > start) text.delete(start, endCurrent - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  }, "local");
}
