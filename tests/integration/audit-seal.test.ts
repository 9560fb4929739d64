import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sealAuditLog } from "@/lib/audit/seal";
import { verifyAuditLog } from "@/lib/audit/verify";
import { createPrismaClient, withSqlTransaction, type Database } from "@/lib/db-client";
import { ownerDatabase, resetDatabase, testDatabase } from "../support/database";

// The audit log's hash chain on the real Postgres: sealing in batches, the settle margin, two
// sealers at once, and verification finding what a superuser did behind the triggers' back.

const database = testDatabase(); // the app's role, as the sealing job runs
const owner = ownerDatabase(); // the tables' owner, the only one who may get past the triggers
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function addRows(count: number, at?: Date): Promise<bigint[]> {
  const rows = await database.auditEvent.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      actorId: null, action: "sheet.update", resourceKind: "sheet", resourceId: `sheet-${index}`,
      purpose: index % 2 === 0 ? null : "autosave", details: { field: `f${index}`, revision: index, note: "æøå \"quoted\"" }, at,
    })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** What only a superuser can do: pass the append-only triggers (as the tests' reset does). */
async function asSuperuserBehindTriggers(statement: string, ...values: unknown[]): Promise<void> {
  await owner.$transaction([
    owner.$executeRawUnsafe("set local session_replication_role = replica"),
    owner.$executeRawUnsafe(statement, ...values),
  ]);
}

const verify = () => withSqlTransaction(database, (sql) => verifyAuditLog(sql));
const seals = () => database.auditSeal.findMany({ orderBy: { upToId: "asc" } });

function runVerifyCommand(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/audit-verify.ts"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, encoding: "utf8", timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("sealing the audit log", () => {
  const others: Database[] = [];
  beforeEach(async () => resetDatabase());
  afterAll(async () => Promise.all(others.map((client) => client.$disconnect())));

  it("seals settled rows in batches, each continuing the one before, and a second pass seals nothing new", async () => {
    // Ids that cross a power of ten: rows and seals are read as text, and must still go in number order.
    await owner.$executeRawUnsafe(`select setval('"AuditEvent_id_seq"', 99990)`);
    const ids = await addRows(12);
    expect(await sealAuditLog(database, { marginSeconds: 0, batchSize: 5 })).toEqual({ seals: 3, rows: 12 });
    expect((await seals()).map(({ afterId, upToId, count }) => ({ afterId, upToId, count }))).toEqual([
      { afterId: 0n, upToId: ids[4], count: 5 },
      { afterId: ids[4], upToId: ids[9], count: 5 },
      { afterId: ids[9], upToId: ids[11], count: 2 },
    ]);
    expect(await sealAuditLog(database, { marginSeconds: 0, batchSize: 5 })).toEqual({ seals: 0, rows: 0 });

    const report = await verify();
    expect(report).toMatchObject({ ok: true, rows: 12, unsealedRows: 0 });
    expect(report.seals.map((check) => check.problem)).toEqual([null, null, null]);
  });

  it("leaves rows younger than the margin unsealed, and every row after the first of them", async () => {
    const old = await addRows(3, minutesAgo(10));
    await addRows(1);
    await addRows(2, minutesAgo(10));
    expect(await sealAuditLog(database, { marginSeconds: 300 })).toEqual({ seals: 1, rows: 3 });
    expect((await seals())[0]).toMatchObject({ upToId: old[2], count: 3 });
    expect(await verify()).toMatchObject({ ok: true, unsealedRows: 3 });

    expect(await sealAuditLog(database, { marginSeconds: 0 })).toEqual({ seals: 1, rows: 3 });
    expect(await verify()).toMatchObject({ ok: true, unsealedRows: 0 });
  });

  it("never seals past a row whose transaction is still open, even with no margin", async () => {
    const before = await addRows(3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const open = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await open.connect();
    try {
      await open.query("begin");
      const { rows: [inFlight] } = await open.query<{ id: string }>(
        `insert into "AuditEvent" (at, action, "resourceKind") values (now() at time zone 'UTC', 'sheet.update', 'sheet') returning id::text`,
      );
      const after = await addRows(4);
      expect(BigInt(inFlight.id)).toBeLessThan(after[0]);

      // Sealing the committed rows after it would leave its smaller id to commit below the seal.
      expect(await sealAuditLog(database, { marginSeconds: 0 })).toEqual({ seals: 1, rows: 3 });
      expect((await seals())[0].upToId).toBe(before[2]);
      await open.query("commit");
    } finally {
      await open.end();
    }
    expect(await sealAuditLog(database, { marginSeconds: 0 })).toEqual({ seals: 1, rows: 5 });
    expect(await verify()).toMatchObject({ ok: true, rows: 8, unsealedRows: 0 });
  });

  it("rests on Prisma stamping `at` as it inserts the row, not when the transaction began", async () => {
    const [{ began, at }] = await database.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("select pg_sleep(0.3)");
      await tx.auditEvent.createMany({ data: [{ actorId: null, action: "sheet.update", resourceKind: "sheet" }] });
      return tx.$queryRawUnsafe<{ began: Date; at: Date }[]>(
        `select now() as began, (select at at time zone 'UTC' from "AuditEvent" order by id desc limit 1) as at`,
      );
    });
    expect(at.getTime() - began.getTime()).toBeGreaterThanOrEqual(250);
  });

  it("lets two sealers run at once without a double or forked chain", async () => {
    await addRows(2000);
    const sealers = [createPrismaClient(process.env.DATABASE_URL!, 2), createPrismaClient(process.env.DATABASE_URL!, 2)];
    others.push(...sealers);
    const results = await Promise.all([...sealers, ...sealers].map((client) => sealAuditLog(client, { marginSeconds: 0, batchSize: 100 })));
    expect(results.reduce((sum, result) => sum + result.rows, 0)).toBe(2000);

    const chain = await seals();
    expect(chain).toHaveLength(20);
    chain.forEach((seal, index) => expect(seal.afterId).toBe(index === 0 ? 0n : chain[index - 1].upToId));
    expect(await verify()).toMatchObject({ ok: true, rows: 2000, unsealedRows: 0 });

    // Even a sealer that skipped the lock could not continue a seal a second time.
    await expect(database.auditSeal.create({ data: { afterId: chain[3].afterId, upToId: chain[3].upToId + 1n, count: 1, hash: Buffer.alloc(32) } }))
      .rejects.toThrow();
  });

  it("keeps its seals append-only", async () => {
    await addRows(2);
    await sealAuditLog(database, { marginSeconds: 0 });
    // The app's role has no right to; the owner meets the triggers.
    await expect(database.auditSeal.updateMany({ data: { count: 1 } })).rejects.toThrow(/permission denied/);
    await expect(database.auditSeal.deleteMany()).rejects.toThrow(/permission denied/);
    await expect(database.$executeRawUnsafe(`truncate table "AuditSeal"`)).rejects.toThrow(/permission denied/);
    await expect(owner.auditSeal.updateMany({ data: { count: 1 } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(owner.auditSeal.deleteMany()).rejects.toThrow(/cannot be changed or deleted/);
    await expect(owner.$executeRawUnsafe(`truncate table "AuditSeal"`)).rejects.toThrow(/cannot be changed or deleted/);
  });
});

describe("verifying the audit log", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("names the range a row was deleted from past the triggers, and only that one", async () => {
    const ids = await addRows(12);
    await sealAuditLog(database, { marginSeconds: 0, batchSize: 5 });
    await asSuperuserBehindTriggers(`delete from "AuditEvent" where id = $1`, ids[7]);

    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.seals.map((check) => check.problem)).toEqual([null, "rows-removed", null]);
    expect(report.seals[1]).toMatchObject({ afterId: String(ids[4]), upToId: String(ids[9]), sealedCount: 5, foundCount: 4 });

    const command = runVerifyCommand();
    expect(command.status).toBe(1);
    expect(command.output).toContain(`BROKEN  seal ${report.seals[1].sealId} (ids ${ids[5]}–${ids[9]}`);
    expect(command.output).toContain("1 row(s) removed (4 found, 5 sealed)");
  });

  it("reports a changed row", async () => {
    const ids = await addRows(12);
    await sealAuditLog(database, { marginSeconds: 0, batchSize: 5 });
    await asSuperuserBehindTriggers(`update "AuditEvent" set details = '{"field": "f10", "revision": 11}' where id = $1`, ids[10]);

    const report = await verify();
    expect(report.seals.map((check) => check.problem)).toEqual([null, null, "rows-changed"]);
  });

  it("reports a row inserted below a seal after it was made", async () => {
    const [first] = await addRows(1);
    const [{ skipped }] = await database.$queryRawUnsafe<{ skipped: bigint }[]>(`select nextval('"AuditEvent_id_seq"') as skipped`);
    await addRows(1);
    await sealAuditLog(database, { marginSeconds: 0 });
    await database.auditEvent.create({ data: { id: skipped, actorId: null, action: "sheet.read", resourceKind: "sheet" } });

    const report = await verify();
    expect(report.seals).toMatchObject([{ afterId: "0", problem: "rows-added", sealedCount: 2, foundCount: 3 }]);
    expect(BigInt(report.seals[0].upToId)).toBeGreaterThan(first);
  });

  it("reports a seal removed from the middle of the chain", async () => {
    await addRows(12);
    await sealAuditLog(database, { marginSeconds: 0, batchSize: 5 });
    const [, middle] = await seals();
    await asSuperuserBehindTriggers(`delete from "AuditSeal" where id = $1`, middle.id);

    const report = await verify();
    expect(report.seals.map((check) => check.problem)).toEqual([null, "seal-missing"]);
    expect(report.seals[1]).toMatchObject({ afterId: String(middle.upToId) });
  });

  it("reads rows the same whatever the session's time zone and date style", async () => {
    await addRows(4, minutesAgo(30));
    await sealAuditLog(database, { marginSeconds: 0 });
    const report = await withSqlTransaction(database, async (sql) => {
      await sql("set local timezone = 'America/Sao_Paulo'");
      await sql("set local datestyle = 'SQL, DMY'");
      await sql("set local extra_float_digits = 0");
      return verifyAuditLog(sql);
    });
    expect(report).toMatchObject({ ok: true, rows: 4 });
  });

  it("finds an intact log intact, from the command line too", async () => {
    await addRows(7);
    await sealAuditLog(database, { marginSeconds: 0, batchSize: 3 });
    await addRows(2);
    expect(await verify()).toMatchObject({ ok: true, rows: 9, unsealedRows: 2 });

    const command = runVerifyCommand();
    expect(command.status).toBe(0);
    expect(command.output).toContain("9 audit rows, 3 seals, 2 row(s) after the last seal not sealed yet.");
    expect(command.output).toContain("Every seal holds.");
  });
});
