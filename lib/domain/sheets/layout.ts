// What a round's preparation sheet is made of, beyond its themes and questions: whether it has the
// four vitalisation dimensions to score (with a comment each and where to start), and how each
// question is answered. Copied from the template when a round is created (Round.hasScores,
// Round.answerLayout), so the sheet, its PDF, the overview and the exports all read it from the round.

export const answerLayouts = ["CONTRIBUTE_CHALLENGES", "REFLECTION"] as const;
export type AnswerLayout = (typeof answerLayouts)[number];

export type SheetLayout = { hasScores: boolean; answerLayout: AnswerLayout };

/** The layout of every round made before templates could choose: scores, and two boxes per question. */
export const classicLayout: SheetLayout = { hasScores: true, answerLayout: "CONTRIBUTE_CHALLENGES" };

export type AnswerPart = "contribute" | "challenges" | "reflection";

/**
 * The boxes under each question: Tønder's Skema 1 asks how one contributes and what challenges one;
 * the vitalisation model asks one reflection. A sheet's field for a question is `answer.<id>.<part>`.
 */
export function answerParts(layout: Pick<SheetLayout, "answerLayout">): AnswerPart[] {
  return layout.answerLayout === "REFLECTION" ? ["reflection"] : ["contribute", "challenges"];
}
