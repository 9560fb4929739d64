import { describe, expect, it } from "vitest";
import { foregroundRequestStarted, giveWayToRequests } from "@/lib/server/foreground";

// HR's ZIP gives way to other people's requests between its files (lib/pdf/zip-stream.ts).

describe("giving way to requests in flight", () => {
  it("goes on at once when only its own request is in flight", async () => {
    const own = foregroundRequestStarted();
    const started = performance.now();
    await giveWayToRequests({ own: 1, maxWaitMs: 500 });
    expect(performance.now() - started).toBeLessThan(100);
    own();
  });

  it("waits while someone else's request is in flight and goes on when it ends", async () => {
    const own = foregroundRequestStarted();
    const other = foregroundRequestStarted();
    setTimeout(other, 120);
    const started = performance.now();
    await giveWayToRequests({ own: 1, maxWaitMs: 2_000 });
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(110);
    expect(waited).toBeLessThan(1_000);
    own();
  });

  it("never waits longer than it was told to, however busy the server is", async () => {
    const own = foregroundRequestStarted();
    const others = [foregroundRequestStarted(), foregroundRequestStarted()];
    const started = performance.now();
    await giveWayToRequests({ own: 1, maxWaitMs: 150 });
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1_000);
    for (const end of [...others, own]) end();
  });

  it("counts a request once, however often its end is reported", async () => {
    const own = foregroundRequestStarted();
    const other = foregroundRequestStarted();
    other();
    other();
    other();
    // Counted wrongly, the three ends would hide this request in flight.
    const third = foregroundRequestStarted();
    const started = performance.now();
    await giveWayToRequests({ own: 1, maxWaitMs: 150 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    third();
    own();
  });
});
