import { describe, expect, it } from "vitest";
import { timeSlicer } from "@/lib/jobs/time-slice";

describe("working in time slices", () => {
  it("makes no break (and no promise) before the slice is used up", () => {
    expect(timeSlicer(1_000)()).toBeUndefined();
  });

  it("lets waiting callbacks run during a long loop, once per slice", async () => {
    const pause = timeSlicer(4);
    let othersRan = false;
    setImmediate(() => (othersRan = true));
    let breaks = 0;
    const started = performance.now();
    while (performance.now() - started < 40) {
      const wait = pause();
      if (wait) {
        breaks += 1;
        await wait;
      }
    }
    expect(othersRan).toBe(true);
    // At most one break per 4 ms of work; at least a few in 40 ms even on a slow machine.
    expect(breaks).toBeGreaterThanOrEqual(2);
    expect(breaks).toBeLessThanOrEqual(10);
  });
});
