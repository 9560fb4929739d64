import { developmentForms, motivationValues } from "@/lib/domain/plans/doc";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { Figure } from "@/lib/domain/overview/figures";
import type { OrganisationRows, RoundRow } from "./data";
import { buildTree, municipalityNode, visibleUnits, withoutViewer, type Tree } from "./tree-anonymity";

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

export type YearPicture = {
  year: number;
  tree: Tree;
  parentOf: Map<string, string>;
  moves: Move[];
  rounds: RoundRow[];
  own: Map<Measure, Map<string, number>>;
  visible: Map<Measure, Set<string>>;
  /** The year's answer rows. */
  scores: OrganisationRows["scores"];
  motivation: OrganisationRows["motivation"];
  actions: OrganisationRows["actions"];
};

const measures: Measure[] = ["participants", "plans", ...vitalisationDimensions.map((dimension) => dimension.id)];

function add(map: Map<string, number>, key: string, value: number) {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** The years that have rounds, newest first. */
export function roundYears(rows: OrganisationRows): number[] {
  return [...new Set(rows.rounds.map((round) => round.year))].sort((a, b) => b - a);
}

export function buildYearPicture(rows: OrganisationRows, year: number, threshold: number): YearPicture {
  const rounds = rows.rounds.filter((round) => round.year === year);
  // The parent recorded by the unit's first round of the year: where the year began for it.
  const recorded = new Map<string, string | null>();
  for (const round of [...rounds].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
    if (!recorded.has(round.unitId)) recorded.set(round.unitId, round.unitParentId);
  const tree = buildTree(
    rows.units.map((unit) => ({ id: unit.id, parentId: recorded.has(unit.id) ? recorded.get(unit.id)! : unit.parentId })),
  );
  const parentOf = new Map<string, string>();
  for (const id of tree.topDown) for (const child of tree.children.get(id)!) parentOf.set(child, id);
  const moves = rows.units.flatMap((unit) =>
    recorded.has(unit.id) && recorded.get(unit.id) !== unit.parentId
      ? [{ unitId: unit.id, from: recorded.get(unit.id)!, to: unit.parentId }]
      : [],
  );
  const own = new Map<Measure, Map<string, number>>(measures.map((measure) => [measure, new Map()]));
  for (const round of rounds) add(own.get("participants")!, round.unitId, round.participants);
  for (const row of rows.motivation) if (row.year === year) add(own.get("plans")!, row.unitId, row.plans);
  for (const row of rows.scores)
    if (row.year === year)
      add(
        own.get(row.dimension as Measure)!,
        row.unitId,
        row.counts.reduce((sum, count) => sum + count, 0),
      );
  const visible = new Map(measures.map((measure) => [measure, visibleUnits(tree, own.get(measure)!, threshold)]));
  const ofYear = <Row extends { year: number }>(list: Row[]) => list.filter((row) => row.year === year);
  return {
    year,
    tree,
    parentOf,
    moves,
    rounds,
    own,
    visible,
    scores: ofYear(rows.scores),
    motivation: ofYear(rows.motivation),
    actions: ofYear(rows.actions),
  };
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

/** The node and every unit below it in the year's tree. */
export function subtreeOf(picture: YearPicture, id: string): Set<string> {
  const found = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    found.add(next);
    stack.push(...(picture.tree.children.get(next) ?? []));
  }
  return found;
}

function figureOf(counts: number[]): Figure | null {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  return { n, counts, mean: counts.reduce((sum, count, index) => sum + count * (index + 1), 0) / n };
}

/** The figures of one node (a unit with everything below it, or the municipality). */
export function nodeFigures(
  picture: YearPicture,
  id: string,
  visibility: Map<Measure, Set<string>>,
  options: { rawProgress: boolean },
): NodeFigures {
  const units = subtreeOf(picture, id);
  const rounds = picture.rounds.filter((round) => units.has(round.unitId));
  const progress: Progress = {
    rounds: rounds.length,
    participants: 0,
    sheetsShared: 0,
    conversationsHeld: 0,
    plansSigned: 0,
    plansFiled: 0,
    followedUp: 0,
  };
  for (const round of rounds)
    for (const key of ["participants", "sheetsShared", "conversationsHeld", "plansSigned", "plansFiled", "followedUp"] as const)
      progress[key] += round[key];
  const dimensions = vitalisationDimensions.map((dimension) => {
    if (!visibility.get(dimension.id)!.has(id)) return { id: dimension.id, name: dimension.name, figure: null };
    const counts = Array.from({ length: 10 }, () => 0);
    for (const row of picture.scores)
      if (row.dimension === dimension.id && units.has(row.unitId)) row.counts.forEach((count, index) => (counts[index] += count));
    return { id: dimension.id, name: dimension.name, figure: figureOf(counts) };
  });
  return {
    id,
    progress: options.rawProgress || visibility.get("participants")!.has(id) ? progress : null,
    dimensions,
    plans: visibility.get("plans")!.has(id) ? planSummary(picture, units) : null,
  };
}

const collator = new Intl.Collator("da-DK");

function planSummary(picture: YearPicture, units: Set<string>): PlanSummary {
  const motivated: Motivation = { yes: 0, no: 0, unclear: 0, unanswered: 0 };
  for (const row of picture.motivation) {
    if (!units.has(row.unitId)) continue;
    const key = (motivationValues as readonly string[]).includes(row.motivated) ? (row.motivated as keyof Motivation) : "unanswered";
    motivated[key] += row.plans;
  }
  const themes = new Map<string, number>();
  const forms = new Map<string, number>();
  for (const row of picture.actions) {
    if (!units.has(row.unitId)) continue;
    add(themes, row.theme.trim(), row.actions);
    add(forms, (developmentForms as readonly string[]).includes(row.form) ? row.form : "", row.actions);
  }
  return {
    n: motivated.yes + motivated.no + motivated.unclear + motivated.unanswered,
    motivated,
    themes: [...themes].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || collator.compare(a.theme, b.theme)),
    forms: [...developmentForms, "" as const]
      .map((form) => ({ form, count: forms.get(form) ?? 0 }))
      .filter((row) => row.form !== "" || row.count > 0),
  };
}

export { municipalityNode };
