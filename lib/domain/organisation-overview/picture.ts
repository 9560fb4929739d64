import { developmentForms, motivationValues } from "@/lib/domain/plans/doc";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { Figure } from "@/lib/domain/overview/figures";
import type { OrganisationRows, RoundRow } from "./data";
import { parentsOf, releasedNodes, yearTree } from "./release";
import { municipalityNode, visibleReleased, visibleUnits, withoutViewer, type Tree } from "./tree-anonymity";

// One year of the organisation, as every viewer's page is cut from it. Pure. The year's tree places
// each unit under the parent it had when its round that year was created (Round.unitParentId), and
// under today's parent when it had no round; units keep their id when moved, so a unit's rounds
// are matched from year to year by that id. What may be shown is decided here once for the whole
// municipality and each kind of figure (tree-anonymity.ts); a viewer only ever gets a subset.

export type Progress = {
  rounds: number;
  participants: number;
  sheetsShared: number;
  conversationsHeld: number;
  plansSigned: number;
  plansFiled: number;
  followedUp: number;
};
export type Motivation = Record<(typeof motivationValues)[number] | "unanswered", number>;
export type PlanSummary = {
  n: number;
  motivated: Motivation;
  /** The themes practice actions were written under, most named first ("" : none). */
  themes: { theme: string; count: number }[];
  forms: { form: (typeof developmentForms)[number] | ""; count: number }[];
};
export type NodeFigures = {
  id: string;
  /** null when this viewer may not see raw progress here and the unit is too small to show it. */
  progress: Progress | null;
  dimensions: { id: string; name: string; figure: Figure | null }[];
  plans: PlanSummary | null;
};
export type Move = { unitId: string; from: string | null; to: string | null };
export type Measure = "participants" | "plans" | (typeof vitalisationDimensions)[number]["id"];

/** Everything counted at one node: its own units' rows and every unit's below it. */
type Sums = {
  progress: Progress;
  scores: Map<string, number[]>;
  motivated: Motivation;
  themes: Map<string, number>;
  forms: Map<string, number>;
};

export type YearPicture = {
  year: number;
  tree: Tree;
  parentOf: Map<string, string>;
  moves: Move[];
  rounds: RoundRow[];
  own: Map<Measure, Map<string, number>>;
  visible: Map<Measure, Set<string>>;
  /** Per node (the municipality node included), summed bottom up once, so a page of 250 units costs lookups. */
  sums: Map<string, Sums>;
  /** The nodes whose every round of the year has begun its wrap-up: only these may show answer figures. */
  released: Set<string>;
};

const measures: Measure[] = ["participants", "plans", ...vitalisationDimensions.map((dimension) => dimension.id)];
const progressKeys = ["participants", "sheetsShared", "conversationsHeld", "plansSigned", "plansFiled", "followedUp"] as const;

function add(map: Map<string, number>, key: string, value: number) {
  map.set(key, (map.get(key) ?? 0) + value);
}

const emptySums = (): Sums => ({
  progress: { rounds: 0, participants: 0, sheetsShared: 0, conversationsHeld: 0, plansSigned: 0, plansFiled: 0, followedUp: 0 },
  scores: new Map(vitalisationDimensions.map((dimension) => [dimension.id, Array.from({ length: 10 }, () => 0)])),
  motivated: { yes: 0, no: 0, unclear: 0, unanswered: 0 },
  themes: new Map(),
  forms: new Map(),
});

function addInto(into: Sums, from: Sums) {
  into.progress.rounds += from.progress.rounds;
  for (const key of progressKeys) into.progress[key] += from.progress[key];
  for (const [dimension, counts] of from.scores) counts.forEach((count, index) => (into.scores.get(dimension)![index] += count));
  for (const key of Object.keys(into.motivated) as (keyof Motivation)[]) into.motivated[key] += from.motivated[key];
  for (const [theme, count] of from.themes) add(into.themes, theme, count);
  for (const [form, count] of from.forms) add(into.forms, form, count);
}

/** The years that have rounds, newest first. */
export function roundYears(rows: OrganisationRows): number[] {
  return [...new Set(rows.rounds.map((round) => round.year))].sort((a, b) => b - a);
}

export function buildYearPicture(rows: OrganisationRows, year: number, threshold: number): YearPicture {
  const rounds = rows.rounds.filter((round) => round.year === year);
  // The year's tree from every round of the year, planning included, as data.ts decided the late ones.
  const timeline = rows.timeline.filter((round) => round.year === year);
  const { tree, recorded } = yearTree(rows.units, timeline);
  const parentOf = parentsOf(tree);
  const released = releasedNodes(tree, timeline, rows.late);
  const moves = rows.units.flatMap((unit) =>
    recorded.has(unit.id) && recorded.get(unit.id) !== unit.parentId
      ? [{ unitId: unit.id, from: recorded.get(unit.id)!, to: unit.parentId }]
      : [],
  );

  // Each unit's own rows, then summed up the year's tree.
  const sums = new Map(tree.topDown.map((id) => [id, emptySums()]));
  const own = new Map<Measure, Map<string, number>>(measures.map((measure) => [measure, new Map()]));
  for (const round of rounds) {
    const unit = sums.get(round.unitId);
    if (!unit) continue;
    unit.progress.rounds += 1;
    for (const key of progressKeys) unit.progress[key] += round[key];
    add(own.get("participants")!, round.unitId, round.participants);
  }
  for (const row of rows.scores) {
    if (row.year !== year || !sums.has(row.unitId)) continue;
    row.counts.forEach((count, index) => (sums.get(row.unitId)!.scores.get(row.dimension)![index] += count));
    add(
      own.get(row.dimension as Measure)!,
      row.unitId,
      row.counts.reduce((sum, count) => sum + count, 0),
    );
  }
  for (const row of rows.motivation) {
    if (row.year !== year || !sums.has(row.unitId)) continue;
    const key = (motivationValues as readonly string[]).includes(row.motivated) ? (row.motivated as keyof Motivation) : "unanswered";
    sums.get(row.unitId)!.motivated[key] += row.plans;
    add(own.get("plans")!, row.unitId, row.plans);
  }
  for (const row of rows.actions) {
    if (row.year !== year || !sums.has(row.unitId)) continue;
    add(sums.get(row.unitId)!.themes, row.theme.trim(), row.actions);
    add(sums.get(row.unitId)!.forms, (developmentForms as readonly string[]).includes(row.form) ? row.form : "", row.actions);
  }
  for (let index = tree.topDown.length - 1; index > 0; index -= 1) {
    const id = tree.topDown[index];
    addInto(sums.get(parentOf.get(id)!)!, sums.get(id)!);
  }
  // Answer figures only where every round has reached its wrap-up (release.ts); the participants'
  // count is progress, shown as the fold rule allows at each moment.
  const visible = new Map(
    measures.map((measure) => [
      measure,
      measure === "participants"
        ? visibleUnits(tree, own.get(measure)!, threshold)
        : visibleReleased(tree, own.get(measure)!, threshold, released),
    ]),
  );
  return { year, tree, parentOf, moves, rounds, own, visible, sums, released };
}

/** The shown figures as one viewer may see them: less where the viewer's own answers are among them. */
export function viewerVisibility(picture: YearPicture, threshold: number, viewerUnits: ReadonlySet<string>): Map<Measure, Set<string>> {
  if (viewerUnits.size === 0) return picture.visible;
  return new Map(
    measures.map((measure) => [
      measure,
      withoutViewer(picture.tree, picture.visible.get(measure)!, picture.own.get(measure)!, threshold, viewerUnits),
    ]),
  );
}

/** The node and every unit below it in the tree. */
export function subtreeOf(tree: Tree, id: string): Set<string> {
  const found = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    found.add(next);
    stack.push(...(tree.children.get(next) ?? []));
  }
  return found;
}

function figureOf(counts: number[]): Figure | null {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  return { n, counts: [...counts], mean: counts.reduce((sum, count, index) => sum + count * (index + 1), 0) / n };
}

const collator = new Intl.Collator("da-DK");

/** The figures of one node (a unit with everything below it, or the municipality), as far as the viewer may see them. */
export function nodeFigures(
  picture: YearPicture,
  id: string,
  visibility: Map<Measure, Set<string>>,
  options: { rawProgress: boolean },
): NodeFigures {
  const sums = picture.sums.get(id) ?? emptySums();
  const { motivated } = sums;
  return {
    id,
    progress: options.rawProgress || visibility.get("participants")!.has(id) ? { ...sums.progress } : null,
    dimensions: vitalisationDimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      figure: visibility.get(dimension.id)!.has(id) ? figureOf(sums.scores.get(dimension.id)!) : null,
    })),
    plans: visibility.get("plans")!.has(id)
      ? {
          n: motivated.yes + motivated.no + motivated.unclear + motivated.unanswered,
          motivated: { ...motivated },
          themes: [...sums.themes]
            .map(([theme, count]) => ({ theme, count }))
            .sort((a, b) => b.count - a.count || collator.compare(a.theme, b.theme)),
          forms: [...developmentForms, "" as const]
            .map((form) => ({ form, count: sums.forms.get(form) ?? 0 }))
            .filter((row) => row.form !== "" || row.count > 0),
        }
      : null,
  };
}

export { municipalityNode };
