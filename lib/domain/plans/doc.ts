import * as Y from "yjs";

// The plan as a Yjs document. Text fields are Y.Text, so two people typing in the same field at
// the same moment both keep every character; practice actions are a Y.Array of Y.Maps.
// Pure: used by the browser (editing), the server (validating and storing) and the tests.

export const planTextFields = ["goals", "evaluation"] as const;
export const actionTextFields = ["what", "how", "support", "who"] as const;
export const textLimit = 20_000;

export type PlanAction = { what: string; how: string; support: string; who: string; byWhen: string; waitsForWrapUp: boolean };
export type PlanContent = { goals: string; evaluation: string; followUpDate: string; actions: PlanAction[] };

// Top-level shared types, named, never created as values inside a map: two browsers that both
// "create" a field at the same moment would otherwise make two objects, and one would win with the
// other's characters gone. Named top-level types are the same object in every replica.

/** The shared text of a top-level field. */
export function planText(doc: Y.Doc, field: (typeof planTextFields)[number]): Y.Text {
  return doc.getText(field);
}

export function actionsOf(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>("actions");
}

/** Single values (dates, flags) where the last one set wins. */
export const planValues = (doc: Y.Doc) => doc.getMap<unknown>("values");

export function addAction(doc: Y.Doc): void {
  const action = new Y.Map<unknown>();
  for (const field of actionTextFields) action.set(field, new Y.Text());
  action.set("byWhen", "");
  action.set("waitsForWrapUp", false);
  actionsOf(doc).push([action]);
}

const str = (value: unknown) => (value instanceof Y.Text ? value.toString() : typeof value === "string" ? value : "");

/** The plan as plain data (for the signed version, the PDF and the overview). */
export function planContent(doc: Y.Doc): PlanContent {
  return {
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
        waitsForWrapUp: action.get("waitsForWrapUp") === true,
      })),
  };
}

/** Why the document cannot be stored (a field past the limit), or null. */
export function planProblem(content: PlanContent): "tooLong" | "tooManyActions" | null {
  const texts = [content.goals, content.evaluation, ...content.actions.flatMap((action) => actionTextFields.map((field) => action[field]))];
  if (texts.some((text) => text.length > textLimit)) return "tooLong";
  if (content.actions.length > 20) return "tooManyActions";
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
