import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// Reading the database starts no background work: a script or a test that only wants to read
// sends no mail. The server's entry point (lib/server/main.ts) starts the job loop, nothing else.

describe("asking for the database", () => {
  afterAll(async () => {
    await db().$disconnect();
  });

  it("starts no job loop", async () => {
    const before = (globalThis as { jobLoop?: unknown }).jobLoop;
    expect(await db().person.count()).toBeGreaterThanOrEqual(0);
    expect((globalThis as { jobLoop?: unknown }).jobLoop).toBe(before);
    expect(before).toBeUndefined();
  });
});
