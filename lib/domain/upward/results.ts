import { distribution, visibleFigures } from "@/lib/domain/overview/anonymity";
import type { Figure } from "@/lib/domain/overview/figures";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { WindowPhase } from "./window";
import { scoreKeys } from "./schema";

// What a participating leader (and their leader, who sees the same, never more) may read of the
// upward answers about them. Pure: the loader fetches the rows, this decides what may be shown.
// - Nothing while answers can still arrive (the window and its grace period), not even a count:
//   reading the figures before and after one more answer would single that answer out.
// - The four dimension figures only for at least `threshold` answers, by the overview's rule
//   (anonymity.ts; one group, the team, so its complementary suppression has nothing more to hide).
// - The free text only where the municipality allows it, only when at least `threshold` people
//   wrote something in answer to that question, and in random order: never the order they came in.

export type UpwardAnswerRow = Record<(typeof scoreKeys)[number], number> & { answer1: string; answer2: string };

export type UpwardResults =
  | { status: "teamTooSmall" | "tooFew" }
  | { status: "notYet"; closesOn: Date }
  | {
      status: "shown";
      n: number;
      dimensions: { id: string; name: string; figure: Figure }[];
      /** null: the municipality shows no free text. Otherwise per question, null when too few wrote. */
      texts: { question: string; answers: string[] | null }[] | null;
    };

export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

const figureOf = (scores: number[]): Figure => ({
  n: scores.length,
  counts: distribution(scores),
  mean: scores.reduce((sum, value) => sum + value, 0) / scores.length,
});

export function upwardResults(input: {
  phase: WindowPhase;
  closesOn: Date;
  teamSize: number;
  answers: readonly UpwardAnswerRow[];
  threshold: number;
  showFreeText: boolean;
  questions: [string, string];
  random?: () => number;
}): UpwardResults {
  const { answers, threshold } = input;
  // A team too small was never asked (or can never reach the threshold): say so at once.
  if (input.teamSize < threshold && answers.length < threshold) return { status: "teamTooSmall" };
  if (input.phase !== "closed") return { status: "notYet", closesOn: input.closesOn };
  if (!visibleFigures([{ id: "team", size: answers.length }], threshold).unit) return { status: "tooFew" };
  const dimensions = vitalisationDimensions.map((dimension) => ({
    id: dimension.id,
    name: dimension.name,
    figure: figureOf(answers.map((answer) => answer[dimension.id])),
  }));
  const texts = input.showFreeText
    ? input.questions.map((question, index) => {
        const written = answers.map((answer) => (index === 0 ? answer.answer1 : answer.answer2).trim()).filter((text) => text !== "");
        return { question, answers: written.length >= threshold ? shuffle(written, input.random) : null };
      })
    : null;
  return { status: "shown", n: answers.length, dimensions, texts };
}
