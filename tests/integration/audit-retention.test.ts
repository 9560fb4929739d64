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

  it("keeps the log about someone under a hold or a restriction, from the first range that names them", async () => {
    // The 13th old row is about Freja; she is under a hold. Only the first sealed range (rows 1-10) may go.
    const freja = await database.person.findFirstOrThrow({ where: { name: "Freja Lund" } });
    const [thirteenth] = await owner.$queryRawUnsafe<{ id: bigint }[]>(`select id from "AuditEvent" where "resourceId" = 'old-13'`);
    // (Set before sealing: the seals are made again over the row as it now reads.)
    await owner.$transaction([
      owner.$executeRawUnsafe("set local session_replication_role = replica"),
      owner.$executeRawUnsafe(`delete from "AuditSeal"`),
      owner.$executeRawUnsafe(`update "AuditEvent" set "subjectId" = $1::uuid where id = $2`, freja.id, thirteenth.id),
    ]);
    await sealAuditLog(database, { marginSeconds: 0, batchSize: 10 });
    const hold = await database.legalHold.create({
      data: { municipalityId, personId: freja.id, reason: "Klagesag", createdById: freja.id },
    });
    expect(audit(await dueForDeletion(database, municipalityId))).toMatchObject({ count: 10 });
    await runRetention(database, municipalityId, { trigger: "schedule" });
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "old-" } } })).toBe(15);

    // A restriction keeps it just the same; lifted both, the next run takes the rest that is due.
    await database.legalHold.update({ where: { id: hold.id }, data: { liftedAt: new Date() } });
    await database.person.update({
      where: { id: freja.id },
      data: { restrictedAt: new Date(), restrictionReason: "LEGAL_CLAIM", restrictedById: freja.id },
    });
    expect(audit(await dueForDeletion(database, municipalityId))).toMatchObject({ count: 0 });
    await database.person.update({ where: { id: freja.id }, data: { restrictedAt: null, restrictionReason: null, restrictedById: null } });
    await runRetention(database, municipalityId, { trigger: "manual" });
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "old-" } } })).toBe(5);
    expect((await verify()).ok).toBe(true);
  });

  it("never deletes a range that no longer matches its seal, nor anything after it", async () => {
    // Someone with the superuser's password rewrote a row of the second range.
    await owner.$transaction([
      owner.$executeRawUnsafe("set local session_replication_role = replica"),
      owner.$executeRawUnsafe(`update "AuditEvent" set action = 'sheet.update' where "resourceId" = 'old-15'`),
    ]);
    const outcome = await runRetention(database, municipalityId, { trigger: "schedule" });
    expect(outcome.status === "done" && audit(outcome.counts)?.count).toBe(10);
    expect(await database.auditEvent.count({ where: { resourceId: { startsWith: "old-" } } })).toBe(15);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.seals.filter((check) => check.problem === "rows-changed")).toHaveLength(1);
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
