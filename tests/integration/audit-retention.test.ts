import { beforeEach, describe, expect, it } from "vitest";
import { sealAuditLog } from "@/lib/audit/seal";
import { verifyAuditLog } from "@/lib/audit/verify";
import { withSqlTransaction } from "@/lib/db-client";
import { dueForDeletion, runRetention } from "@/lib/domain/retention/run";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { ownerDatabase, resetDatabase, testDatabase } from "../support/database";

// The audit log's own retention line: only whole sealed ranges, every row older than the period,
// through the owner's function; the chain after them still verifies; and the app's role can
// delete nothing else, whatever it tries.

const database = testDatabase(); // the app's role, as the job runs
const owner = ownerDatabase();
let municipalityId = "";

const audit = <Line extends { kind: string }>(line: Line[]) => line.find((candidate) => candidate.kind === "AUDIT_EVENTS");
const verify = () => withSqlTransaction(database, (sql) => verifyAuditLog(sql));

beforeEach(async () => {
  await resetDatabase();
  // 25 rows six years old: only the tables' owner may set `at` (the database stamps it otherwise).
  await owner.$executeRawUnsafe(
    `insert into "AuditEvent" (at, action, "resourceKind", "resourceId")
     select timezone('UTC', now()) - interval '6 years' + make_interval(secs => g), 'sheet.read', 'sheet', 'old-' || g
     from generate_series(1, 25) g`,
  );
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  await database.auditEvent.createMany({
    data: Array.from({ length: 10 }, (_, index) => ({ action: "sheet.read", resourceKind: "sheet", resourceId: `new-${index}` })),
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  // Seals of ten: two hold only old rows, the third has five old and five of today's.
  await sealAuditLog(database, { marginSeconds: 0, batchSize: 10 });
}, 120_000);

describe("audit log retention", () => {
  it("deletes the whole sealed ranges older than five years, and the rest of the chain still verifies", async () => {
    const total = await database.auditEvent.count();
    expect(audit(await dueForDeletion(database, municipalityId))).toMatchObject({ months: 60, count: 20 });
    const outcome = await runRetention(database, municipalityId, { trigger: "schedule" });
    expect(outcome.status === "done" && audit(outcome.counts)?.count).toBe(20);

    expect(await database.auditEvent.count()).toBe(total - 20);
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "old-" } } })).toBe(5);
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "new-" } } })).toBe(10);
    expect((await database.auditPrune.findMany({ orderBy: { upToId: "asc" } })).map((prune) => prune.rows)).toEqual([10, 10]);
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.seals.filter((check) => check.pruned)).toHaveLength(2);
    expect(report.seals.filter((check) => !check.pruned).every((check) => check.foundCount === check.sealedCount)).toBe(true);
    const logged = await database.deletionCount.findFirstOrThrow({ where: { kind: "AUDIT_EVENTS" } });
    expect(logged).toMatchObject({ count: 20, months: 60 });

    // Nothing more is due; a second run deletes nothing.
    const again = await runRetention(database, municipalityId, { trigger: "manual" });
    expect(again.status === "done" && audit(again.counts)?.count).toBe(0);
  });

  it("goes by the longest period any municipality in the database has set", async () => {
    const other = await database.municipality.create({ data: { name: "Anden Kommune" } });
    await database.retentionRule.create({ data: { municipalityId: other.id, kind: "AUDIT_EVENTS", months: 84 } });
    expect(audit(await dueForDeletion(database, municipalityId))).toMatchObject({ months: 84, count: 0 });
    await runRetention(database, municipalityId, { trigger: "schedule" });
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "old-" } } })).toBe(25);
  });

  it("lets the app's role delete no audit row any other way, nor anything younger than a year", async () => {
    const [firstSeal] = await database.auditSeal.findMany({ orderBy: { upToId: "asc" }, take: 1 });
    const refused = (statement: string, ...values: unknown[]) => expect(database.$executeRawUnsafe(statement, ...values)).rejects.toThrow();
    await refused(`delete from "AuditEvent" where "resourceId" like 'old-%'`);
    await expect(
      database.$transaction([
        database.$executeRawUnsafe(`select set_config('audit.prune_up_to', '9223372036854775806', true)`),
        database.$executeRawUnsafe(`delete from "AuditEvent" where "resourceId" like 'old-%'`),
      ]),
    ).rejects.toThrow(/permission denied|cannot be changed or deleted/);
    // The function itself: nothing younger than a year, whatever cutoff it is given; only to a seal's end.
    await expect(database.$queryRawUnsafe(`select audit_prune($1::bigint, timezone('UTC', now()))`, firstSeal.upToId)).rejects.toThrow(
      /at least twelve months/,
    );
    await expect(
      database.$queryRawUnsafe(`select audit_prune($1::bigint, timezone('UTC', now()) - interval '2 years')`, firstSeal.upToId - 1n),
    ).rejects.toThrow(/no seal ends at id/);
    // A range with a row younger than the cutoff is refused whole.
    const [, , mixed] = await database.auditSeal.findMany({ orderBy: { upToId: "asc" } });
    await expect(
      database.$queryRawUnsafe(`select audit_prune($1::bigint, timezone('UTC', now()) - interval '2 years')`, mixed.upToId),
    ).rejects.toThrow(/is not older than/);
    await refused(`insert into "AuditPrune" ("upToId", rows, "olderThan") values (1, 1, now())`);
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "old-" } } })).toBe(25);
  });

  it("reports a row found again in a deleted range", async () => {
    await runRetention(database, municipalityId, { trigger: "schedule" });
    const [prune] = await database.auditPrune.findMany({ orderBy: { upToId: "asc" }, take: 1 });
    // Only a superuser (restoring from a backup, say) could put a row back below what was deleted.
    await owner.$executeRawUnsafe(
      `insert into "AuditEvent" (id, at, action, "resourceKind") values ($1::bigint, now(), 'sheet.read', 'sheet')`,
      prune.upToId,
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.seals.find((check) => check.upToId === String(prune.upToId))).toMatchObject({ pruned: true, problem: "rows-added" });
  });
});
