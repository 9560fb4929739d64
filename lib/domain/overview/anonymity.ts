// The overview's anonymity rules. Pure. A figure (a score distribution, a count) is shown only for
// a set of at least `threshold` people, and never so that subtracting shown figures from each
// other singles out fewer: with the unit's figure and some groups' figures on screen, the unit
// minus the shown groups is the hidden groups together, so they too must hold at least
// `threshold` people or none (complementary suppression: hide the next smallest group until they
// do). Differencing over time (sheets arriving one by one, people moved between groups) is closed
// elsewhere: figures are shown only once the round's sheets and groups are frozen.

export type GroupSize = { id: string; size: number };
export type Visibility = { unit: boolean; groups: ReadonlySet<string> };

export function visibleFigures(groups: readonly GroupSize[], threshold: number): Visibility {
  const total = groups.reduce((sum, group) => sum + group.size, 0);
  if (total < threshold) return { unit: false, groups: new Set() };
  const shown = groups.filter((group) => group.size >= threshold).sort((a, b) => a.size - b.size);
  let hidden = total - shown.reduce((sum, group) => sum + group.size, 0);
  while (hidden > 0 && hidden < threshold && shown.length > 0) hidden += shown.shift()!.size;
  return { unit: true, groups: new Set(shown.map((group) => group.id)) };
}

/** How many people gave each score from 1 to 10 (index 0 is score 1). */
export function distribution(scores: readonly number[]): number[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const score of scores) if (Number.isInteger(score) && score >= 1 && score <= 10) counts[score - 1] += 1;
  return counts;
}
