import { developmentForms, motivationValues, type PlanContent } from "@/lib/domain/plans/doc";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { distribution, visibleFigures } from "./anonymity";

// The leader's overview as figures, from the round's shared sheets and signed plans. Pure: the
// loader fetches the rows, this decides what may be shown. Every figure is computed only from a
// set of at least `threshold` people (anonymity.ts); free text from the plans is listed without
// names, in alphabetical order, never in the order of the people it came from.

export type ScoreRow = { groupId: string; scores: Record<string, unknown> };
export type Figure = { n: number; counts: number[]; mean: number };
export type DimensionFigures = {
  id: string;
  name: string;
  /** null: fewer than `threshold` gave this score in the unit. */
  unit: Figure | null;
  /** The previous round's figure; null when hidden, undefined when there is no previous round. */
  previous?: Figure | null;
  groups: { id: string; name: string; figure: Figure | null }[];
};
export type PlanFigures = {
  n: number;
  motivated: Record<(typeof motivationValues)[number] | "unanswered", number>;
  byTheme: { theme: string; count: number }[];
  /** The needs named under each form, the same wording once with how many named it. */
  byForm: { form: (typeof developmentForms)[number] | ""; count: number; needs: { text: string; count: number }[] }[];
};

const scoreOf = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 10 ? value : null);

function figure(scores: number[]): Figure {
  return { n: scores.length, counts: distribution(scores), mean: scores.reduce((sum, score) => sum + score, 0) / scores.length };
}

/** The distribution of each vitalisation score, for the unit and for each group large enough to show. */
export function vitalisationFigures(
  groups: { id: string; name: string }[],
  sheets: ScoreRow[],
  threshold: number,
  previous: ScoreRow[] | null,
): DimensionFigures[] {
  return vitalisationDimensions.map((dimension) => {
    const scored = sheets.flatMap((sheet) => {
      const score = scoreOf(sheet.scores[`score.${dimension.id}`]);
      return score === null ? [] : [{ groupId: sheet.groupId, score }];
    });
    const sizes = groups.map((group) => ({ id: group.id, size: scored.filter((row) => row.groupId === group.id).length }));
    const visible = visibleFigures(sizes, threshold);
    const earlier = previous?.flatMap((sheet) => scoreOf(sheet.scores[`score.${dimension.id}`]) ?? []);
    return {
      id: dimension.id,
      name: dimension.name,
      unit: visible.unit ? figure(scored.map((row) => row.score)) : null,
      ...(earlier ? { previous: earlier.length >= threshold ? figure(earlier) : null } : {}),
      groups: groups.map((group) => ({
        id: group.id,
        name: group.name,
        figure: visible.groups.has(group.id) ? figure(scored.filter((row) => row.groupId === group.id).map((row) => row.score)) : null,
      })),
    };
  });
}

const collator = new Intl.Collator("da-DK");

/** Motivation, practice actions by theme and the needs by form of development, or null below the threshold. */
export function planFigures(plans: PlanContent[], themes: string[], threshold: number): PlanFigures | null {
  if (plans.length < threshold) return null;
  const motivated = { yes: 0, no: 0, unclear: 0, unanswered: 0 };
  for (const plan of plans) {
    const value = plan.motivated;
    if ((motivationValues as readonly string[]).includes(value)) motivated[value as keyof typeof motivated] += 1;
    else motivated.unanswered += 1;
  }
  const actions = plans.flatMap((plan) => plan.actions).filter((action) => action.what.trim() !== "");
  const known = new Set(themes);
  const byTheme = [...themes, ""].map((theme) => ({
    theme,
    count: actions.filter((action) => (known.has(action.theme) ? action.theme : "") === theme).length,
  }));
  const byForm = [...developmentForms, "" as const].map((form) => {
    const texts = actions
      .filter((action) => ((developmentForms as readonly string[]).includes(action.form) ? action.form : "") === form)
      .map((action) => action.what.trim());
    const counted = new Map<string, { text: string; count: number }>();
    for (const text of texts) {
      const key = text.toLocaleLowerCase("da-DK").replace(/\s+/g, " ");
      const entry = counted.get(key);
      if (entry) entry.count += 1;
      else counted.set(key, { text, count: 1 });
    }
    return { form, count: texts.length, needs: [...counted.values()].sort((a, b) => collator.compare(a.text, b.text)) };
  });
  return {
    n: plans.length,
    motivated,
    byTheme: byTheme.filter((row) => row.theme !== "" || row.count > 0),
    byForm: byForm.filter((row) => row.form !== "" || row.count > 0),
  };
}
