import { describe, expect, it } from "vitest";
import { foregroundRequestStarted, giveWayToRequests } from "@/lib/server/foreground";

// HR's ZIP gives way to other people's requests between its files (lib/pdf/zip-stream.ts); its
// own request is not counted (lib/observability/request-log.ts).

async function waited(maxWaitMs: number): Promise<number> {
  const started = performance.now();
  await giveWayToRequests(maxWaitMs);
  return performance.now() - started;
}

describe("giving way to requests in flight", () => {
  it("goes on at once when nobody's request is in flight", async () => {
    expect(await waited(500)).toBeLessThan(100);
  });

  it("waits while someone's request is in flight and goes on when it ends", async () => {
    const other = foregroundRequestStarted();
    setTimeout(other, 120);
    const time = await waited(2_000);
    expect(time).toBeGreaterThanOrEqual(110);
    expect(time).toBeLessThan(1_000);
  });

  it("never waits longer than it was told to, however busy the server is", async () => {
    const others = [foregroundRequestStarted(), foregroundRequestStarted()];
    const time = await waited(150);
    expect(time).toBeGreaterThanOrEqual(140);
    expect(time).toBeLessThan(1_000);
    for (const end of others) end();
  });

  it("counts a request once, however often its end is reported", async () => {
    const other = foregroundRequestStarted();
    other();
    other();
    other();
    // Counted wrongly, the three ends would hide this request in flight.
    const third = foregroundRequestStarted();
    expect(await waited(150)).toBeGreaterThanOrEqual(140);
    third();
    expect(await waited(500)).toBeLessThan(100);
  });
});
