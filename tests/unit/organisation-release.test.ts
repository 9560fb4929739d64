import { describe, expect, it } from "vitest";
import { lateRounds, releasedNodes, type TimelineRound } from "@/lib/domain/organisation-overview/release";
import { buildTree, municipalityNode, subtreeTotals, visibleReleased, type Tree } from "@/lib/domain/organisation-overview/tree-anonymity";

// The organisation's figures over time, read by someone who saves the page every day: rounds are
// created and reach their wrap-up one by one through the year, and every figure ever shown is kept.
// No node's figure may change once shown, and everything ever shown together must pass the rule
// (a shown node minus the shown nodes nearest below it holds nobody or at least the threshold).

const k = 5;
const day = 24 * 60 * 60 * 1000;
const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * day);

function leftovers(tree: Tree, totals: Map<string, number>, shown: Set<string>): Map<string, number> {
  return new Map(
    [...shown].map((id) => {
      const stack = [...tree.children.get(id)!];
      let rest = totals.get(id)!;
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (shown.has(next)) rest -= totals.get(next)!;
        else stack.push(...tree.children.get(next)!);
      }
      return [id, rest];
    }),
  );
}

type Planned = TimelineRound & { size: number };

/** What the page shows on day `t`: node → number of answers, for the nodes shown. */
function shownOn(tree: Tree, rounds: Planned[], t: number): Map<string, number> {
  const known = rounds
    .filter((round) => round.createdAt.getTime() <= at(t).getTime())
    .map((round) => ({
      ...round,
      wrapUpStartedAt: round.wrapUpStartedAt && round.wrapUpStartedAt <= at(t) ? round.wrapUpStartedAt : null,
    }));
  const late = lateRounds(tree, known);
  const own = new Map<string, number>();
  for (const round of known)
    if (round.wrapUpStartedAt && !late.has(round.id)) own.set(round.unitId, (own.get(round.unitId) ?? 0) + round.size);
  const shown = visibleReleased(tree, own, k, releasedNodes(tree, known, late));
  const totals = subtreeTotals(tree, own);
  return new Map([...shown].map((id) => [id, totals.get(id)!]));
}

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("the organisation's figures over a year", () => {
  it("keeps a unit's figures back until every round under its area has reached the wrap-up, then never changes them", () => {
    const tree = buildTree([
      { id: "area", parentId: null },
      { id: "a", parentId: "area" },
      { id: "b", parentId: "area" },
    ]);
    const round = (id: string, unitId: string, created: number, wrapped: number | null, size: number): Planned => ({
      id,
      unitId,
      unitParentId: "area",
      year: 2026,
      createdAt: at(created),
      wrapUpStartedAt: wrapped === null ? null : at(wrapped),
      size,
    });
    const rounds = [round("r1", "a", 0, 10, 8), round("r2", "b", 1, 20, 7), round("late", "a", 30, 40, 2)];
    expect(shownOn(tree, rounds, 15)).toEqual(new Map()); // b's round is not in its wrap-up yet
    const released = shownOn(tree, rounds, 25);
    expect(released.get("area")).toBe(15);
    expect(released.get("a")).toBe(8);
    // A round of two created after the area was released joins none of its figures.
    expect(lateRounds(tree, rounds)).toEqual(new Set(["late"]));
    expect(shownOn(tree, rounds, 45)).toEqual(released);
  });

  it("hides the municipality's total rather than an area shown before it", () => {
    const tree = buildTree([
      { id: "north", parentId: null },
      { id: "south", parentId: null },
      { id: "tiny", parentId: null },
    ]);
    const own = new Map([
      ["north", 10],
      ["south", 9],
      ["tiny", 2],
    ]);
    const shown = visibleReleased(tree, own, k, new Set([municipalityNode, "north", "south", "tiny"]));
    expect(shown).toEqual(new Set(["north", "south"]));
  });

  it("never lets a saved page be subtracted from a later one, over 300 random years", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const units = [{ id: "u0", parentId: null as string | null }];
      for (let index = 1; index < 12; index += 1)
        units.push({ id: `u${index}`, parentId: next() < 0.2 ? null : `u${Math.floor(next() * index)}` });
      const tree = buildTree(units);
      const rounds: Planned[] = Array.from({ length: 14 }, (_, index) => {
        const created = Math.floor(next() * 200);
        return {
          id: `r${index}`,
          unitId: units[Math.floor(next() * units.length)].id,
          unitParentId: null,
          year: 2026,
          createdAt: at(created),
          wrapUpStartedAt: next() < 0.85 ? at(created + 1 + Math.floor(next() * 120)) : null,
          size: 1 + Math.floor(next() * 9),
        };
      });
      const everShown = new Map<string, number>();
      for (let t = 0; t <= 330; t += 3)
        for (const [id, n] of shownOn(tree, rounds, t)) {
          // A figure, once shown, is the same every day after.
          expect(everShown.get(id) ?? n, `seed ${seed}, day ${t}, node ${id}`).toBe(n);
          everShown.set(id, n);
        }
      // Everything ever shown, taken together: each figure minus the shown ones below it.
      for (const [id, rest] of leftovers(tree, withHidden(tree, rounds, everShown), new Set(everShown.keys())))
        expect(rest === 0 || rest >= k, `seed ${seed}: ${id} leaves ${rest}`).toBe(true);
    }
  });
});

/** Every node's total from the rounds that count in the end (shown nodes' totals never change, so they agree). */
function withHidden(tree: Tree, rounds: Planned[], everShown: Map<string, number>): Map<string, number> {
  const late = lateRounds(tree, rounds);
  const own = new Map<string, number>();
  for (const round of rounds)
    if (round.wrapUpStartedAt && !late.has(round.id)) own.set(round.unitId, (own.get(round.unitId) ?? 0) + round.size);
  const totals = subtreeTotals(tree, own);
  for (const [id, n] of everShown) expect(totals.get(id)).toBe(n);
  return totals;
}
