import type { FieldMap, RevisionMap } from "@/lib/domain/sheets/fields";

// How a preparation sheet comes along when its participation moves to another leader's round.
// Pure. The sheet's answers are keyed by the question ids of the old round's group, which the new
// round does not have, so:
// - what does not depend on the questions (the four scores and their comments, where to start,
//   "Andet fælles"/"Andet individuelt") is copied as it is;
// - an answer to a question the new group asks with the same text (ignoring case and spacing:
//   Skema 2/3 and the six simple questions are the same in every round) is re-keyed to that question;
// - any other answer is not forced into a field it was not written for: it stays on the old sheet,
//   which is kept as it was on the old participation (marked moved, read-only, readable by the
//   employee and no longer by the old leader), and the new sheet says how many answers are there.
// Nothing is overwritten: a field the new sheet already holds (the person was in both rounds) keeps
// its value. The new sheet starts as a draft: sharing it with the new leader is the employee's choice.

const sameText = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase("da");

export type Question = { id: string; text: string };

export function carrySheet(
  from: { fields: FieldMap; revisions: RevisionMap },
  into: { fields: FieldMap; revisions: RevisionMap },
  oldQuestions: Question[],
  newQuestions: Question[],
): { fields: FieldMap; revisions: RevisionMap; carried: number; left: number } {
  const newByText = new Map<string, string>();
  for (const question of newQuestions) if (!newByText.has(sameText(question.text))) newByText.set(sameText(question.text), question.id);
  const oldText = new Map(oldQuestions.map((question) => [question.id, question.text]));
  const fields = { ...into.fields };
  const revisions = { ...into.revisions };
  let carried = 0;
  let left = 0;
  for (const [key, value] of Object.entries(from.fields)) {
    if (value === null || value === "") continue;
    const answer = /^answer\.([0-9a-f-]{36})\.(contribute|challenges)$/.exec(key);
    let target: string | null = key;
    if (answer) {
      const text = oldText.get(answer[1]);
      const newId = text === undefined ? undefined : newByText.get(sameText(text));
      target = newId ? `answer.${newId}.${answer[2]}` : null;
    }
    if (target !== null && fields[target] === value) {
      carried++; // already there, the same
      continue;
    }
    const taken = target !== null && fields[target] !== undefined && fields[target] !== null && fields[target] !== "";
    if (target === null || taken) {
      left++;
      continue;
    }
    fields[target] = value;
    revisions[target] = (revisions[target] ?? 0) + 1;
    carried++;
  }
  return { fields, revisions, carried, left };
}
