import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { sealingStalledAfterSeconds } from "@/lib/audit/verify";
import { checkHealth } from "@/lib/health";
import { ownerDatabase, resetDatabase, testDatabase } from "../support/database";
import { freePort } from "../support/postgres";

describe("the health check", () => {
  const unreachable: ReturnType<typeof createPrismaClient>[] = [];
  afterAll(async () => Promise.all(unreachable.map((client) => client.$disconnect())));

  it("answers 200 ok when the database answers", async () => {
    await resetDatabase();
    expect(await checkHealth(testDatabase)).toEqual({
      status: 200,
      body: { status: "ok", database: "ok", auditSealing: { oldestUnsealedSeconds: null, stalled: false } },
    });
  });

  it("says how old the oldest unsealed audit row is, and that sealing stopped, but stays 200 ok", async () => {
    await resetDatabase();
    const owner = ownerDatabase();
    const { id } = await testDatabase().auditEvent.create({ data: { action: "sheet.read", resourceKind: "sheet" }, select: { id: true } });
    await owner.$transaction([
      owner.$executeRawUnsafe("set local session_replication_role = replica"),
      owner.$executeRawUnsafe(
        `update "AuditEvent" set at = at - make_interval(secs => $1) where id = $2`,
        sealingStalledAfterSeconds + 600,
        id,
      ),
    ]);
    const report = await checkHealth(testDatabase);
    expect(report).toMatchObject({ status: 200, body: { status: "ok", database: "ok", auditSealing: { stalled: true } } });
    const { auditSealing } = report.body as { auditSealing: { oldestUnsealedSeconds: number } };
    expect(auditSealing.oldestUnsealedSeconds).toBeGreaterThan(sealingStalledAfterSeconds + 590);
  });

  it("answers 503 with a reason, and no host or password, when nothing answers", async () => {
    const url = `postgresql://app:s3cret@127.0.0.1:${await freePort()}/mus`;
    const client = createPrismaClient(url, 1);
    unreachable.push(client);
    const report = await checkHealth(() => client);
    expect(report.status).toBe(503);
    expect(report.body).toMatchObject({ status: "error", database: "unavailable" });
    expect(JSON.stringify(report.body)).not.toMatch(/127\.0\.0\.1|s3cret/);
  });

  it("answers 503 when no database is configured at all", async () => {
    const report = await checkHealth(() => {
      throw new Error("DATABASE_URL is not set");
    });
    expect(report.status).toBe(503);
  });

  it("is what GET /api/health returns, as JSON that is never cached", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok", auditSealing: { stalled: expect.any(Boolean) } });
  });
});
