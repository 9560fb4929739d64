import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sealAuditLog, sealOneBatch } from "@/lib/audit/seal";
import { sealingStalledAfterSeconds, verifyAuditLog } from "@/lib/audit/verify";
import { createPrismaClient, withSqlTransaction, type Database, type Sql } from "@/lib/db-client";
import { ownerDatabase, resetDatabase, testDatabase } from "../support/database";

// The audit log's hash chain on the real Postgres: sealing in batches, the settle margin, two
// sealers at once, and verification finding what a superuser did behind the triggers' back.

const database = testDatabase(); // the app's role, as the sealing job runs
const owner = ownerDatabase(); // the tables' owner, the only one who may get past the triggers
/** What only a superuser can do: pass the append-only triggers (as the tests' reset does). */
async function asSuperuserBehindTriggers(statement: string, ...values: unknown[]): Promise<void> {
  await owner.$transaction([
    owner.$executeRawUnsafe("set local session_replication_role = replica"),
    owner.$executeRawUnsafe(statement, ...values),
  ]);
}

/** Adds rows as the app does; `minutesOld` backdates them (only a superuser can: the database stamps `at`). */
async function addRows(count: number, minutesOld?: number): Promise<bigint[]> {
  const rows = await database.auditEvent.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      actorId: null,
      action: "sheet.update",
      resourceKind: "sheet",
      resourceId: `sheet-${index}`,
      purpose: index % 2 === 0 ? null : "autosave",
      details: { field: `f${index}`, revision: index, note: 'æøå "quoted"' },
    })),
    select: { id: true },
  });
  const ids = rows.map((row) => row.id);
  if (minutesOld !== undefined) {
    await asSuperuserBehindTriggers(
      `update "AuditEvent" set at = at - make_interval(mins => $1) where id = any($2::bigint[])`,
      minutesOld,
      ids,
    );
  }
  // `at` holds whole milliseconds, so a sealer starting within the same one (with no margin) counts
  // these rows as possibly younger than itself and leaves them.
  await new Promise((resolve) => setTimeout(resolve, 3));
  return ids;
}

const verify = () => withSqlTransaction(database, (sql) => verifyAuditLog(sql));
const seals = () => database.auditSeal.findMany({ orderBy: { upToId: "asc" } });

function runVerifyCommand(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/audit-verify.ts"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
    timeout: 60_000,
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
    const old = await addRows(3, 10);
    await addRows(1);
    await addRows(2, 10);
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
      const {
        rows: [inFlight],
      } = await open.query<{ id: string }>(
        `insert into "AuditEvent" (action, "resourceKind") values ('sheet.update', 'sheet') returning id::text`,
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

  it("rests on the database stamping `at` as it inserts the row, not when the transaction began", async () => {
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
    await expect(
      database.$queryRawUnsafe(
        `select audit_seal_append($1::bigint, $2::bigint, 1, $3::bytea)`,
        chain[3].afterId,
        chain[3].upToId + 1n,
        Buffer.alloc(32),
      ),
    ).rejects.toThrow(/must continue the last one/);
  });

  it("reads the cut-off in a statement before the rows, so a transaction committing in between stays unsealed", async () => {
    const before = await addRows(3);
    const open = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await open.connect();
    const statements: string[] = [];
    try {
      await open.query("begin");
      await open.query(`insert into "AuditEvent" (action, "resourceKind") values ('sheet.update', 'sheet')`);
      await addRows(2);
      const sealed = await withSqlTransaction(database, (sql) => {
        const watched: Sql = async <Row>(text: string, values?: unknown[]) => {
          statements.push(text);
          // The open transaction commits after the cut-off was read, before the rows are.
          if (text.includes('"actorId"::text')) await open.query("commit");
          return sql<Row>(text, values);
        };
        return sealOneBatch(watched, 0, 100);
      });
      expect(sealed).toBe(3);
      expect((await seals())[0].upToId).toBe(before[2]);
    } finally {
      await open.end();
    }
    const cutoff = statements.findIndex((text) => text.includes("pg_stat_activity"));
    const rows = statements.findIndex((text) => text.includes('"actorId"::text'));
    expect(cutoff).toBeGreaterThanOrEqual(0);
    expect(cutoff).toBeLessThan(rows);
    expect(statements[rows]).not.toContain("pg_stat_activity");
    expect(await sealAuditLog(database, { marginSeconds: 0 })).toEqual({ seals: 1, rows: 3 });
    expect(await verify()).toMatchObject({ ok: true, rows: 6, unsealedRows: 0 });
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
    // The app's role may not choose an id; the owner can.
    await owner.auditEvent.create({ data: { id: skipped, actorId: null, action: "sheet.read", resourceKind: "sheet" } });

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
    await addRows(4, 30);
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

describe("what the app's role cannot do to the seals", () => {
  beforeEach(async () => resetDatabase());

  it("cannot stamp a row itself, nor choose its id: the database does both", async () => {
    const future = `insert into "AuditEvent" (at, action, "resourceKind") values (timezone('UTC', now()) + interval '10 years', 'sheet.read', 'sheet')`;
    await expect(database.$executeRawUnsafe(future)).rejects.toThrow(/permission denied/);
    await expect(
      database.$executeRawUnsafe(
        `insert into "AuditEvent" (id, action, "resourceKind") values (9223372036854775000, 'sheet.read', 'sheet')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      database.auditEvent.create({
        data: { actorId: null, action: "sheet.read", resourceKind: "sheet", at: new Date(Date.now() + 3_600_000) },
      }),
    ).rejects.toThrow();

    // What the app writes is stamped by the database's clock, so sealing goes on.
    const [{ id, drift }] = await database.$queryRawUnsafe<{ id: bigint; drift: number }[]>(
      `insert into "AuditEvent" (action, "resourceKind") values ('sheet.read', 'sheet')
       returning id, abs(extract(epoch from (at - timezone('UTC', clock_timestamp()))))::float8 as drift`,
    );
    expect(drift).toBeLessThan(1);
    await database.auditEvent.create({ data: { actorId: null, action: "sheet.read", resourceKind: "sheet" } });
    await new Promise((resolve) => setTimeout(resolve, 3));
    expect(await sealAuditLog(database, { marginSeconds: 0 })).toEqual({ seals: 1, rows: 2 });
    expect((await seals())[0].afterId).toBe(0n);
    expect(id).toBeGreaterThan(0n);
  });

  it("cannot write a seal but through the function that checks it against the log", async () => {
    const ids = await addRows(3);
    await expect(
      database.$executeRawUnsafe(
        `insert into "AuditSeal" ("afterId", "upToId", count, hash) values (0, 9223372036854775807, 1, $1)`,
        Buffer.alloc(32),
      ),
    ).rejects.toThrow(/permission denied/);
    const append = (afterId: bigint, upToId: bigint, count: number) =>
      database.$queryRawUnsafe(
        `select audit_seal_append($1::bigint, $2::bigint, $3::int, $4::bytea)`,
        afterId,
        upToId,
        count,
        Buffer.alloc(32),
      );
    await expect(append(0n, 9223372036854775807n, 3)).rejects.toThrow(/must end at an existing audit row/);
    await expect(append(0n, ids[2], 2)).rejects.toThrow(/must count the rows in its range/);
    await expect(append(ids[0], ids[2], 2)).rejects.toThrow(/must continue the last one/);
    expect(await seals()).toEqual([]);
    expect(await sealAuditLog(database, { marginSeconds: 0 })).toEqual({ seals: 1, rows: 3 });
  });
});

describe("a sealer that stopped", () => {
  beforeEach(async () => resetDatabase());

  it("shows as the age of the oldest unsealed row, and a warning from the command line", async () => {
    expect(await verify()).toMatchObject({ ok: true, oldestUnsealedSeconds: null });
    await addRows(2);
    await sealAuditLog(database, { marginSeconds: 0 });
    const stuckMinutes = sealingStalledAfterSeconds / 60 + 30;
    await addRows(1, stuckMinutes);
    await addRows(1);

    const report = await verify();
    expect(report).toMatchObject({ ok: true, unsealedRows: 2 });
    expect(report.oldestUnsealedSeconds).toBeGreaterThan(sealingStalledAfterSeconds);
    expect(report.oldestUnsealedSeconds).toBeLessThan(stuckMinutes * 60 + 60);

    const command = runVerifyCommand();
    expect(command.status).toBe(0);
    expect(command.output).toMatch(/The oldest row not sealed yet was written \d+ s ago\./);
    expect(command.output).toContain("WARNING  sealing has stopped");
  });
});
