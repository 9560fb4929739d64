import { describe, expect, it } from "vitest";
import { afterFailure, maxAttempts, retryDelayMs } from "@/lib/mail/retry";

const minutes = (ms: number) => ms / 60_000;

describe("when a failed mail is tried again", () => {
  it("doubles the wait from one minute up to six hours, then gives up after the last attempt", () => {
    const waits = Array.from({ length: maxAttempts - 1 }, (_, index) => minutes(retryDelayMs(index + 1, () => 0)));
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360]);
    expect(waits.reduce((sum, wait) => sum + wait, 0) / 60).toBeCloseTo(20.5, 1);
    const now = new Date("2027-03-02T09:00:00Z");
    expect(afterFailure(maxAttempts, now)).toEqual({ deadAt: now });
    expect(afterFailure(maxAttempts - 1, now, () => 0)).toEqual({ nextAttemptAt: new Date(now.getTime() + 360 * 60_000) });
  });

  it("adds at most a fifth at random, so mails that failed together spread out", () => {
    expect(minutes(retryDelayMs(3, () => 0.999))).toBeCloseTo(4.8, 1);
    expect(minutes(retryDelayMs(3, () => 0.5))).toBeCloseTo(4.4, 5);
  });
});
