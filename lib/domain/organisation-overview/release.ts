import { buildTree, municipalityNode, type Tree } from "./tree-anonymity";

// When a year's answer figures may appear in the organisation's overview. Pure.
//
// Figures that change over time can be subtracted from each other: a unit's figure seen before and
// after one small round joins it gives away that round's answers, however the tree is suppressed at
// each moment. So a node's answer figures are shown only once every round of the year under it has
// begun its wrap-up (its answers frozen from then, lib/domain/rounds/state-machine.ts): from then on
// the node's figure never changes. A round created after a node that holds it had been released
// would change that figure again, so such a "late" round counts in no answer figure of the year (its
// progress still counts, and its leader's own overview still has it). With every node's figure fixed
// from the moment it appears, everything ever shown is a subset of one final set of figures, and the
// fold rule (tree-anonymity.ts, visibleReleased) keeps that set safe.

export type TimelineRound = {
  id: string;
  unitId: string;
  unitParentId: string | null;
  year: number;
  createdAt: Date;
  wrapUpStartedAt: Date | null;
};

/**
 * The year's tree: each unit under the parent recorded by its first round of the year (where the
 * year began for it), and under today's parent when it had no round that year.
 */
export function yearTree(units: readonly { id: string; parentId: string | null }[], rounds: readonly TimelineRound[]) {
  const recorded = new Map<string, string | null>();
  for (const round of [...rounds].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
    if (!recorded.has(round.unitId)) recorded.set(round.unitId, round.unitParentId);
  const tree = buildTree(units.map((unit) => ({ id: unit.id, parentId: recorded.has(unit.id) ? recorded.get(unit.id)! : unit.parentId })));
  return { tree, recorded };
}

/** Each node's parent in the tree (the municipality node has none). */
export function parentsOf(tree: Tree): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const id of tree.topDown) for (const child of tree.children.get(id)!) parentOf.set(child, id);
  return parentOf;
}

/** The unit and every node above it, up to and including the municipality node. */
function pathUp(parentOf: ReadonlyMap<string, string>, unitId: string): string[] {
  const path = [unitId];
  for (let at = parentOf.get(unitId); at !== undefined; at = parentOf.get(at)) path.push(at);
  if (path[path.length - 1] !== municipalityNode) path.push(municipalityNode);
  return path;
}

/**
 * The rounds of one year created after a node holding them had been released: at their creation,
 * every earlier (not late) round under that node had begun its wrap-up.
 */
export function lateRounds(tree: Tree, rounds: readonly TimelineRound[]): Set<string> {
  const parentOf = parentsOf(tree);
  // Per node: how many counted rounds so far, and the latest wrap-up start among them (never: Infinity).
  const seen = new Map<string, { count: number; lastStart: number }>();
  const late = new Set<string>();
  const ordered = [...rounds].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  for (const round of ordered) {
    const path = pathUp(parentOf, round.unitId);
    const created = round.createdAt.getTime();
    if (path.some((id) => (seen.get(id)?.count ?? 0) > 0 && seen.get(id)!.lastStart < created)) {
      late.add(round.id);
      continue;
    }
    const start = round.wrapUpStartedAt ? round.wrapUpStartedAt.getTime() : Infinity;
    for (const id of path) {
      const entry = seen.get(id) ?? { count: 0, lastStart: -Infinity };
      seen.set(id, { count: entry.count + 1, lastStart: Math.max(entry.lastStart, start) });
    }
  }
  return late;
}

/** The nodes whose every counted round of the year has begun its wrap-up (a node with none counts as released: it has nothing to show). */
export function releasedNodes(tree: Tree, rounds: readonly TimelineRound[], late: ReadonlySet<string>): Set<string> {
  const parentOf = parentsOf(tree);
  const waiting = new Set<string>();
  for (const round of rounds)
    if (!late.has(round.id) && round.wrapUpStartedAt === null) for (const id of pathUp(parentOf, round.unitId)) waiting.add(id);
  return new Set(tree.topDown.filter((id) => !waiting.has(id)));
}

/** Every year's late rounds, for the whole municipality. */
export function lateRoundsByYear(units: readonly { id: string; parentId: string | null }[], rounds: readonly TimelineRound[]): Set<string> {
  const late = new Set<string>();
  for (const year of new Set(rounds.map((round) => round.year))) {
    const ofYear = rounds.filter((round) => round.year === year);
    for (const id of lateRounds(yearTree(units, ofYear).tree, ofYear)) late.add(id);
  }
  return late;
}
