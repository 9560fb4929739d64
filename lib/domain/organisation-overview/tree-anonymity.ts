// Which units' figures may be shown in the organisation's overview. Pure.
//
// A unit's figure covers its own rounds and every unit below it. Shown figures can be subtracted
// from each other: a unit minus the shown units below it is what is left of it (its own people and
// the units below it that are hidden). Those leftovers ("atoms") are what anyone holding every
// shown figure can isolate, so each must hold at least `threshold` people or none. A unit below the
// threshold is never shown alone: it is folded into its parent (it counts in the parent's figure).
// When a leftover is too small, the smallest shown unit just below it is hidden too, its own
// leftover (already at least `threshold`) joining the parent's (complementary suppression, the
// tree's version of overview/anonymity.ts); when no unit below has a leftover of its own to give,
// the node itself is hidden and its leftover goes up to its parent.
//
// The result is computed once per year for the whole municipality, and every viewer sees a subset
// of it. Any subset of shown figures only merges leftovers, so no viewer's page, nor two viewers'
// pages side by side, isolates fewer than `threshold` people.

/** The virtual top of the tree: the whole municipality (units without a parent hang under it). */
export const municipalityNode = "";

export type TreeUnit = { id: string; parentId: string | null };

export type Tree = {
  /** Children of each node, the municipality node included. */
  children: Map<string, string[]>;
  /** Nodes ordered so that every node comes after its parent (the municipality node first). */
  topDown: string[];
};

/** The tree of the given parent links; a link to an unknown unit, or one closing a loop, hangs the unit at the top. */
export function buildTree(units: readonly TreeUnit[]): Tree {
  const known = new Set(units.map((unit) => unit.id));
  const parentOf = new Map<string, string>();
  for (const unit of units) parentOf.set(unit.id, unit.parentId && known.has(unit.parentId) ? unit.parentId : municipalityNode);
  // A loop can only come from mixing years' parent links: break it where it is found.
  for (const unit of units) {
    const seen = new Set<string>([unit.id]);
    let at = parentOf.get(unit.id)!;
    while (at !== municipalityNode) {
      if (seen.has(at)) {
        parentOf.set(unit.id, municipalityNode);
        break;
      }
      seen.add(at);
      at = parentOf.get(at)!;
    }
  }
  const children = new Map<string, string[]>([[municipalityNode, []]]);
  for (const unit of units) children.set(unit.id, []);
  for (const unit of units) children.get(parentOf.get(unit.id)!)!.push(unit.id);
  const topDown: string[] = [municipalityNode];
  for (let index = 0; index < topDown.length; index += 1) topDown.push(...children.get(topDown[index])!);
  return { children, topDown };
}

/** Every node's total: its own count plus all below it. */
export function subtreeTotals(tree: Tree, own: ReadonlyMap<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (let index = tree.topDown.length - 1; index >= 0; index -= 1) {
    const id = tree.topDown[index];
    totals.set(id, (own.get(id) ?? 0) + tree.children.get(id)!.reduce((sum, child) => sum + totals.get(child)!, 0));
  }
  return totals;
}

/** The shown nodes nearest below `id` (searching past hidden ones). */
function shownBelow(tree: Tree, id: string, shown: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const stack = [...tree.children.get(id)!];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (shown.has(next)) found.push(next);
    else stack.push(...tree.children.get(next)!);
  }
  return found;
}

/** What is left of a shown node once the shown nodes nearest below it are taken away. */
function leftover(tree: Tree, id: string, shown: ReadonlySet<string>, totals: ReadonlyMap<string, number>): number {
  return shownBelow(tree, id, shown).reduce((rest, below) => rest - totals.get(below)!, totals.get(id)!);
}

/** The nodes (units, and the municipality node) whose figure may be shown, given each unit's own count. */
export function visibleUnits(
  tree: Tree,
  own: ReadonlyMap<string, number>,
  threshold: number,
  { topHidesOnlyItself = false }: { topHidesOnlyItself?: boolean } = {},
): Set<string> {
  const totals = subtreeTotals(tree, own);
  const shown = new Set(tree.topDown.filter((id) => totals.get(id)! >= threshold));
  // Bottom up: when a node is fixed, every shown node below it already leaves either nothing or at
  // least `threshold`, so hiding one of them adds at least `threshold` to this node's leftover. Hiding
  // below a node never changes the leftover of a node above it (that one still sees this node shown).
  for (let index = tree.topDown.length - 1; index >= 0; index -= 1) {
    const id = tree.topDown[index];
    if (!shown.has(id)) continue;
    let rest = leftover(tree, id, shown, totals);
    // (visibleReleased: the municipality hides itself rather than an area shown before it.)
    if (topHidesOnlyItself && id === municipalityNode) {
      if (rest > 0 && rest < threshold) shown.delete(id);
      continue;
    }
    while (rest > 0 && rest < threshold) {
      const [hide] = shownBelow(tree, id, shown)
        .map((below) => ({ id: below, rest: leftover(tree, below, shown, totals), total: totals.get(below)! }))
        .filter((below) => below.rest > 0)
        // The one giving away least: the smallest leftover.
        .sort((a, b) => a.rest - b.rest || a.total - b.total || (a.id < b.id ? -1 : 1));
      if (!hide) {
        // Every shown unit below is wholly made of shown units further down, so hiding one would
        // not help by itself: the node itself is hidden instead, its leftover joining its parent's
        // (fixed after it, bottom up).
        shown.delete(id);
        break;
      }
      shown.delete(hide.id);
      rest += hide.rest;
    }
  }
  return shown;
}

/**
 * The answer figures that may be shown of the areas released so far (release.ts: an area, a unit
 * at the top of the tree, is released once every round of the year under it has begun its
 * wrap-up, and from then its figures are final). Within an area the rule is visibleUnits': a unit
 * may hide a unit below it to protect its own leftover, and the whole area's figures appear at
 * once, so nothing shown is ever taken back. The municipality, released last, never hides an area
 * (an area's figures may have been shown for months by then): when its own leftover is too small,
 * the municipality's total is hidden instead. So every figure ever shown over the year belongs to
 * one final set that passes the rule, whatever day two pages were saved.
 */
export function visibleReleased(
  tree: Tree,
  own: ReadonlyMap<string, number>,
  threshold: number,
  released: ReadonlySet<string>,
): Set<string> {
  const shown = visibleUnits(tree, own, threshold, { topHidesOnlyItself: true });
  const areaOf = new Map<string, string>();
  for (const area of tree.children.get(municipalityNode)!) {
    const stack = [area];
    while (stack.length > 0) {
      const id = stack.pop()!;
      areaOf.set(id, area);
      stack.push(...tree.children.get(id)!);
    }
  }
  return new Set(
    [...shown].filter((id) =>
      id === municipalityNode ? released.has(municipalityNode) : released.has(areaOf.get(id) ?? municipalityNode),
    ),
  );
}

/**
 * What one viewer may see of the shown nodes when the viewer's own answers are among them (an HR
 * person or a chief who took part in a round): the viewer could subtract themselves, so a shown node
 * whose leftover holds the viewer must hold at least one more than `threshold`; otherwise it is hidden
 * for this viewer, and the viewer's answers join the leftover of the next shown node above. Hiding
 * more only merges leftovers, so this stays a subset of the municipality's figures.
 */
export function withoutViewer(
  tree: Tree,
  shown: ReadonlySet<string>,
  own: ReadonlyMap<string, number>,
  threshold: number,
  viewerUnits: ReadonlySet<string>,
): Set<string> {
  const totals = subtreeTotals(tree, own);
  const result = new Set(shown);
  const parentOf = new Map<string, string>();
  for (const id of tree.topDown) for (const child of tree.children.get(id)!) parentOf.set(child, id);
  for (const unit of viewerUnits) {
    if (!parentOf.has(unit) || (own.get(unit) ?? 0) === 0) continue;
    // The nearest shown node at or above the viewer's unit holds the viewer in its leftover.
    let at: string | undefined = unit;
    while (at !== undefined) {
      if (result.has(at)) {
        if (leftover(tree, at, result, totals) - 1 >= threshold) break;
        result.delete(at);
      }
      at = parentOf.get(at);
    }
  }
  return result;
}
