import { describe, expect, it } from "vitest";
import { distribution, visibleFigures, type GroupSize } from "@/lib/domain/overview/anonymity";

// Every set of people whose figure a leader can work out from what is shown: the unit, any union
// of shown groups, and the unit minus any union of shown groups (figures add up, so they subtract).
function derivableSizes(groups: GroupSize[], threshold: number): number[] {
  const { unit, groups: shown } = visibleFigures(groups, threshold);
  const total = groups.reduce((sum, group) => sum + group.size, 0);
  const visible = groups.filter((group) => shown.has(group.id));
  const sizes: number[] = [];
  for (let mask = 1; mask < 1 << visible.length; mask += 1) {
    const union = visible.reduce((sum, group, index) => sum + (mask & (1 << index) ? group.size : 0), 0);
    sizes.push(union);
    if (unit) sizes.push(total - union);
  }
  if (unit) sizes.push(total);
  return sizes.filter((size) => size > 0);
}

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("the overview's anonymity", () => {
  it("shows nothing for fewer than the threshold, and a group only with enough people", () => {
    expect(visibleFigures([{ id: "a", size: 4 }], 5)).toEqual({ unit: false, groups: new Set() });
    expect(
      visibleFigures(
        [
          { id: "a", size: 6 },
          { id: "b", size: 7 },
        ],
        5,
      ),
    ).toEqual({ unit: true, groups: new Set(["a", "b"]) });
  });

  it("fails to single out one person by narrowing the groups around them", () => {
    // The leader puts the person alone in a group and everyone else in another: the big group's
    // figure would give the person away (unit minus big group), so it is hidden as well.
    const narrowed = visibleFigures(
      [
        { id: "everyone-else", size: 11 },
        { id: "one-person", size: 1 },
      ],
      5,
    );
    expect(narrowed).toEqual({ unit: true, groups: new Set() });
    // Three groups, the person alone in one: hiding the smallest big group keeps the rest at five or more.
    expect(
      visibleFigures(
        [
          { id: "a", size: 7 },
          { id: "b", size: 6 },
          { id: "alone", size: 1 },
        ],
        5,
      ),
    ).toEqual({ unit: true, groups: new Set(["a"]) });
  });

  it("never lets any combination of shown figures describe fewer than the threshold (2,000 random units)", () => {
    const rand = random(42);
    for (let trial = 0; trial < 2_000; trial += 1) {
      const threshold = 3 + Math.floor(rand() * 5);
      const groups = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, index) => ({ id: `g${index}`, size: Math.floor(rand() * 12) }));
      for (const size of derivableSizes(groups, threshold))
        expect(size, JSON.stringify({ groups, threshold })).toBeGreaterThanOrEqual(threshold);
    }
  });

  it("counts scores 1 to 10 and ignores anything else", () => {
    expect(distribution([1, 10, 10, 7, 0, 11, 4.5])).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0, 2]);
  });
});
