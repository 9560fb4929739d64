import { describe, expect, it } from "vitest";
import {
  buildTree,
  municipalityNode,
  subtreeTotals,
  visibleUnits,
  withoutViewer,
  type Tree,
} from "@/lib/domain/organisation-overview/tree-anonymity";

// The fold rule and complementary suppression on the unit tree, checked as an attacker would: every
// difference between shown figures (a shown unit minus the shown units nearest below it) must hold
// nobody or at least the threshold, for every viewer's subset of the shown figures.

const k = 5;

function leftovers(tree: Tree, own: Map<string, number>, shown: Set<string>): number[] {
  const totals = subtreeTotals(tree, own);
  return [...shown].map((id) => {
    const stack = [...tree.children.get(id)!];
    let rest = totals.get(id)!;
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (shown.has(next)) rest -= totals.get(next)!;
      else stack.push(...tree.children.get(next)!);
    }
    return rest;
  });
}

// A small deterministic generator, so a failure names its seed.
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("the organisation's visible figures", () => {
  it("folds a unit below the threshold into its parent and hides a sibling so the parent cannot be differenced", () => {
    const tree = buildTree([
      { id: "area", parentId: null },
      { id: "big", parentId: "area" },
      { id: "middle", parentId: "area" },
      { id: "small", parentId: "area" },
    ]);
    const own = new Map([
      ["big", 20],
      ["middle", 8],
      ["small", 2],
    ]);
    const shown = visibleUnits(tree, own, k);
    expect(shown.has("small")).toBe(false);
    // area − big − middle would be the small unit's 2: the smaller sibling goes too.
    expect(shown.has("middle")).toBe(false);
    expect([...shown].sort()).toEqual([municipalityNode, "area", "big"].sort());
    expect(leftovers(tree, own, shown).every((rest) => rest === 0 || rest >= k)).toBe(true);
  });

  it("keeps the units below a hidden unit when its own leftover is what fixes the parent", () => {
    const tree = buildTree([
      { id: "area", parentId: null },
      { id: "district", parentId: "area" },
      { id: "school", parentId: "district" },
      { id: "kitchen", parentId: "area" },
    ]);
    const own = new Map([
      ["district", 6],
      ["school", 10],
      ["kitchen", 3],
    ]);
    const shown = visibleUnits(tree, own, k);
    expect(shown.has("kitchen")).toBe(false);
    expect(shown.has("district")).toBe(false);
    expect(shown.has("school")).toBe(true);
    expect(leftovers(tree, own, shown).every((rest) => rest === 0 || rest >= k)).toBe(true);
  });

  it("leaves nothing isolatable below the threshold in random trees, nor in any viewer's subset", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const units = Array.from({ length: 2 + Math.floor(next() * 30) }, (_, index) => ({
        id: `u${index}`,
        parentId: index === 0 || next() < 0.15 ? null : `u${Math.floor(next() * index)}`,
      }));
      const tree = buildTree(units);
      const own = new Map(units.map((unit) => [unit.id, next() < 0.3 ? 0 : Math.floor(next() * 12)]));
      const shown = visibleUnits(tree, own, k);
      const bad = leftovers(tree, own, shown).filter((rest) => rest > 0 && rest < k);
      expect(bad, `seed ${seed}`).toEqual([]);
      const subset = new Set([...shown].filter(() => next() < 0.5));
      expect(
        leftovers(tree, own, subset).filter((rest) => rest > 0 && rest < k),
        `subset, seed ${seed}`,
      ).toEqual([]);
      // A viewer who took part: the leftover holding them must keep at least k others.
      const viewerUnit = units[Math.floor(next() * units.length)].id;
      if ((own.get(viewerUnit) ?? 0) > 0) {
        const seen = withoutViewer(tree, shown, own, k, new Set([viewerUnit]));
        for (const id of seen) expect(shown.has(id)).toBe(true);
        const totals = subtreeTotals(tree, own);
        let at: string | undefined = viewerUnit;
        const parents = new Map(units.map((unit) => [unit.id, tree.topDown.find((p) => tree.children.get(p)!.includes(unit.id))]));
        while (at !== undefined && !seen.has(at)) at = at === municipalityNode ? undefined : parents.get(at);
        if (at !== undefined) {
          const rest = leftovers(tree, own, new Set([at, ...[...seen].filter((id) => id !== at)]))[0];
          expect(rest - 1 >= k || totals.get(at)! === 0, `viewer, seed ${seed}`).toBe(true);
        }
      }
    }
  });

  it("hangs a unit whose parent link closes a loop at the top instead of losing it", () => {
    const tree = buildTree([
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
    ]);
    expect(tree.topDown.sort()).toEqual([municipalityNode, "a", "b"].sort());
  });
});

describe("a level whose units below leave nothing of their own", () => {
  it("hides the level itself rather than a unit that would not help", () => {
    // The municipality: one area of 11 (two shown units of 6 and 5) and a lone person elsewhere.
    const tree = buildTree([
      { id: "area", parentId: null },
      { id: "school", parentId: "area" },
      { id: "kindergarten", parentId: "area" },
      { id: "staff", parentId: null },
    ]);
    const own = new Map([
      ["school", 6],
      ["kindergarten", 5],
      ["staff", 1],
    ]);
    const shown = visibleUnits(tree, own, k);
    expect([...shown].sort()).toEqual(["area", "kindergarten", "school"]);
  });
});
