import { beforeEach, describe, expect, it } from "vitest";
import { FieldError, FormError } from "@/lib/auth/errors";
import { liftRestriction, placeRestriction } from "@/lib/domain/restriction/mutations";
import { holdsLock, liftLegalHold, placeLegalHold, placeRoundHold } from "@/lib/domain/retention/holds";
import { defaultMonths } from "@/lib/domain/retention/kinds";
import { saveRetentionPolicy } from "@/lib/domain/retention/mutations";
import { dueForDeletion, runDueRetention, runRetention } from "@/lib/domain/retention/run";
import { retentionPolicySchema } from "@/lib/domain/retention/schema";
import { da } from "@/lib/i18n/da";
import { seedDemoRounds } from "@/prisma/seed/demo-rounds";
import { withSqlTransaction } from "@/lib/db-client";
import { loadRetentionPolicy } from "@/lib/domain/retention/data";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { demoEmail } from "../support/rounds";

// The retention job on the demo's rounds: last year's closed round (every sheet shared, every plan
// signed and followed up) is what comes due as the clock moves on; this year's open rounds never are.

const database = testDatabase();
const day = 24 * 60 * 60_000;

let municipalityId = "";
let closedRoundId = "";
let closedAt = new Date();

/**
 * A week more than `months` months after the round was closed. (A week, not a day: a period
 * counted back from the 31st lands on the 30th of a shorter month, so a day's margin can vanish.)
 */
const after = (months: number, from = closedAt) => {
  const moment = new Date(from);
  moment.setUTCMonth(moment.getUTCMonth() + months);
  return new Date(moment.getTime() + 7 * day);
};

const inClosedRound = () => ({ participant: { roundId: closedRoundId } });
const inOpenRounds = () => ({ participant: { round: { state: { not: "CLOSED" as const } } } });

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  await seedDemoRounds(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  const closed = await database.round.findFirstOrThrow({ where: { state: "CLOSED" } });
  closedRoundId = closed.id;
  closedAt = closed.closedAt!;
  // The leader's own notes on two of last year's people, and every signed plan filed by HR.
  const participants = await database.roundParticipant.findMany({ where: { roundId: closedRoundId }, take: 2 });
  for (const participant of participants)
    await database.leaderNote.create({
      data: { participantId: participant.id, authorId: closed.leaderId, fields: { "note.mestring": "Tryg i rollen." } },
    });
  await database.planVersion.updateMany({ where: { signedAt: { not: null }, plan: inClosedRound() }, data: { filedAt: closedAt } });
}, 120_000);

describe("retention", () => {
  it("keeps everything of a round closed less than the periods ago, and of every open round", async () => {
    const due = await dueForDeletion(database, municipalityId, after(0));
    expect(due.filter((line) => line.count > 0)).toEqual([]);
    const outcome = await runRetention(database, municipalityId, { now: after(0), trigger: "manual" });
    expect(outcome.status === "done" && outcome.counts.every((line) => line.count === 0)).toBe(true);
  });

  it("clears the sheets' texts and deletes the leader's notes after six months, keeping the scores for next year", async () => {
    const openSheetsBefore = await database.preparationSheet.findMany({ where: inOpenRounds(), orderBy: { id: "asc" } });
    const sheetsBefore = await database.preparationSheet.count({ where: inClosedRound() });
    expect(sheetsBefore).toBeGreaterThan(0);
    await runRetention(database, municipalityId, { now: after(defaultMonths.SHEET_TEXTS), trigger: "schedule" });

    const sheets = await database.preparationSheet.findMany({ where: inClosedRound() });
    expect(sheets).toHaveLength(sheetsBefore);
    for (const sheet of sheets) {
      const keys = Object.keys(sheet.fields as object);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((key) => key.startsWith("score."))).toBe(true);
      expect(Object.keys(sheet.revisions as object).every((key) => key.startsWith("score."))).toBe(true);
    }
    expect(await database.leaderNote.count({ where: inClosedRound() })).toBe(0);
    // The open rounds' sheets are as they were, to the byte.
    expect(await database.preparationSheet.findMany({ where: inOpenRounds(), orderBy: { id: "asc" } })).toEqual(openSheetsBefore);

    // Two years on, the scores go too.
    await runRetention(database, municipalityId, { now: after(defaultMonths.SHEET_SCORES), trigger: "schedule" });
    expect(await database.preparationSheet.count({ where: inClosedRound() })).toBe(0);
    expect(await database.preparationSheet.count({ where: inOpenRounds() })).toBe(openSheetsBefore.length);
  });

  it("deletes the plans' edit log and live draft a month after closing, never a signed version", async () => {
    const plans = await database.plan.findMany({ where: inClosedRound(), include: { versions: true } });
    expect(plans.length).toBeGreaterThan(0);
    expect(await database.planUpdate.count({ where: { plan: inClosedRound() } })).toBeGreaterThan(0);
    await runRetention(database, municipalityId, { now: after(defaultMonths.PLAN_DRAFTS), trigger: "schedule" });

    expect(await database.planUpdate.count({ where: { plan: inClosedRound() } })).toBe(0);
    const after1 = await database.plan.findMany({ where: inClosedRound(), include: { versions: true } });
    expect(after1.map((plan) => plan.id).sort()).toEqual(plans.map((plan) => plan.id).sort());
    for (const plan of after1) {
      expect(Buffer.from(plan.state).length).toBeLessThanOrEqual(2);
      const before = plans.find((candidate) => candidate.id === plan.id)!;
      expect(plan.versions.filter((version) => version.signedAt)).toEqual(before.versions.filter((version) => version.signedAt));
    }
    // The open rounds' plans are untouched.
    expect(await database.planUpdate.count({ where: { plan: inOpenRounds() } })).toBeGreaterThan(0);
  });

  it("deletes a filed plan, with every version, approval and follow-up, three months after filing; an unfiled one never", async () => {
    const [unfiled] = await database.plan.findMany({ where: inClosedRound(), take: 1 });
    await database.planVersion.updateMany({ where: { planId: unfiled.id }, data: { filedAt: null } });
    const later = after(defaultMonths.SIGNED_PLANS + 120);
    await runRetention(database, municipalityId, { now: later, trigger: "schedule" });

    expect((await database.plan.findMany({ where: inClosedRound() })).map((plan) => plan.id)).toEqual([unfiled.id]);
    expect(await database.planVersion.count({ where: { planId: { not: unfiled.id }, plan: inClosedRound() } })).toBe(0);
    expect(await database.planFollowUp.count({ where: { planId: { not: unfiled.id }, plan: inClosedRound() } })).toBe(0);
    expect(await database.planApproval.count({ where: { version: { planId: unfiled.id } } })).toBeGreaterThan(0);
    // No row anywhere points at a deleted plan: the foreign keys would have refused it, and the
    // unfiled plan keeps everything.
    expect(await database.planVersion.count({ where: { planId: unfiled.id, signedAt: { not: null } } })).toBeGreaterThan(0);
  });

  it("leaves a plan someone is working on for the next run, and waits on no one for it", async () => {
    // The drafts went a month after closing; now the filed plans are due, and someone (HR marking a
    // version, say) holds one plan's row in an open transaction.
    await runRetention(database, municipalityId, { now: after(defaultMonths.PLAN_DRAFTS), trigger: "schedule" });
    const [busy] = await database.plan.findMany({ where: inClosedRound(), take: 1 });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const user = withSqlTransaction(database, async (sql) => {
      await sql(`select id from "Plan" where id = $1::uuid for update`, [busy.id]);
      locked();
      await released;
    });
    await holding;
    const started = performance.now();
    const later = after(defaultMonths.SIGNED_PLANS + 1);
    await runRetention(database, municipalityId, { now: later, trigger: "schedule" });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await database.plan.findMany({ where: inClosedRound() })).map((plan) => plan.id)).toEqual([busy.id]);
    release();
    await user;
    await runRetention(database, municipalityId, { now: new Date(later.getTime() + day), trigger: "schedule" });
    expect(await database.plan.count({ where: inClosedRound() })).toBe(0);
  });

  it("replaces the name and address of someone who left a year ago and has nothing left here, with their sessions and mail", async () => {
    const leaver = await database.person.findUniqueOrThrow({ where: { email: demoEmail("rasmus.krogh") } });
    await database.person.update({ where: { id: leaver.id }, data: { active: false, deactivatedAt: closedAt } });
    await database.authSession.create({ data: { personId: leaver.id, provider: "email", endedAt: closedAt } });
    await database.outgoingMail.create({ data: { to: leaver.email!, subject: "Invitation", text: "…", sentAt: closedAt } });
    // Someone who never had an address keeps none, and loses their employee number with their name.
    const kitchen = await database.person.create({
      data: { municipalityId, name: "Bjørn Kjær", employeeNumber: "9001", active: false, deactivatedAt: closedAt },
    });
    // Someone who left with a signed plan that was never filed keeps their name: the plan is theirs.
    const [unfiled] = await database.plan.findMany({ where: inClosedRound(), include: { participant: true }, take: 1 });
    await database.planVersion.updateMany({ where: { planId: unfiled.id }, data: { filedAt: null } });
    await database.person.update({ where: { id: unfiled.participant.personId }, data: { active: false, deactivatedAt: closedAt } });

    await runRetention(database, municipalityId, { now: after(defaultMonths.DEACTIVATED_PEOPLE + 120), trigger: "schedule" });

    const gone = await database.person.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(gone).toMatchObject({ name: da.retention.anonymousName, jobTitle: null, active: false });
    expect(gone.email).toBe(`slettet-${leaver.id}@slettet.invalid`);
    expect(gone.anonymisedAt).not.toBeNull();
    expect(await database.person.findUniqueOrThrow({ where: { id: kitchen.id } })).toMatchObject({
      name: da.retention.anonymousName,
      email: null,
      employeeNumber: null,
      anonymisedAt: expect.any(Date),
    });
    expect(await database.authSession.count({ where: { personId: leaver.id } })).toBe(0);
    expect(await database.outgoingMail.count({ where: { to: leaver.email! } })).toBe(0);
    const kept = await database.person.findUniqueOrThrow({ where: { id: unfiled.participant.personId } });
    expect(kept.anonymisedAt).toBeNull();
    expect(kept.name).not.toBe(da.retention.anonymousName);
  });

  it("deletes mail and ended sessions older than their periods, and nothing newer", async () => {
    const torben = await database.person.findUniqueOrThrow({ where: { email: demoEmail("torben.oedegaard") } });
    const old = new Date(closedAt.getTime() - 200 * day);
    await database.outgoingMail.createMany({
      data: [
        { to: torben.email!, subject: "Gammel", text: "…", sentAt: old },
        { to: torben.email!, subject: "Opgivet", text: "…", deadAt: old },
        { to: torben.email!, subject: "Ny", text: "…", sentAt: closedAt },
        { to: torben.email!, subject: "I kø", text: "…" },
      ],
    });
    await database.authSession.createMany({
      data: [
        { personId: torben.id, provider: "email", createdAt: old, lastSeenAt: old, endedAt: old },
        { personId: torben.id, provider: "email", createdAt: old, lastSeenAt: old },
        { personId: torben.id, provider: "email", createdAt: closedAt, lastSeenAt: closedAt },
      ],
    });
    await runRetention(database, municipalityId, { now: closedAt, trigger: "schedule" });
    // (The demo's own mail to Torben, sent when it was seeded, is newer than the period too.)
    const mine = { to: torben.email!, subject: { in: ["Gammel", "Opgivet", "Ny", "I kø"] } };
    const subjects = (await database.outgoingMail.findMany({ where: mine, orderBy: { id: "asc" } })).map((mail) => mail.subject);
    expect(subjects).toEqual(["Ny", "I kø"]);
    expect(await database.authSession.count({ where: { personId: torben.id } })).toBe(1);
  });

  it("logs what each run deleted, per kind, with the rule, and the dry run foretold exactly that", async () => {
    const now = after(defaultMonths.SHEET_SCORES + 12);
    const foretold = await dueForDeletion(database, municipalityId, now);
    expect(foretold.some((line) => line.count > 0)).toBe(true);
    const outcome = await runRetention(database, municipalityId, { now, trigger: "manual" });
    if (outcome.status !== "done") throw new Error("busy");
    expect(outcome.counts.map((line) => [line.kind, line.count])).toEqual(foretold.map((line) => [line.kind, line.count]));

    const run = await database.deletionRun.findUniqueOrThrow({ where: { id: outcome.runId }, include: { counts: true } });
    expect(run.finishedAt).not.toBeNull();
    const logged = Object.fromEntries(run.counts.map((line) => [line.kind, line.count]));
    expect(logged).toEqual(Object.fromEntries(foretold.filter((line) => line.count > 0).map((line) => [line.kind, line.count])));
    for (const line of run.counts) expect(line.months).toBe(defaultMonths[line.kind]);
    // And now nothing is due.
    expect((await dueForDeletion(database, municipalityId, now)).every((line) => line.count === 0)).toBe(true);
  });

  it("a run killed half-way has logged what it deleted, and the next run finishes without deleting anything twice", async () => {
    const now = after(defaultMonths.SHEET_SCORES + 12);
    const foretold = await dueForDeletion(database, municipalityId, now);
    let batches = 0;
    await expect(
      runRetention(database, municipalityId, {
        now,
        trigger: "schedule",
        batchSize: 2,
        afterBatch: () => {
          batches += 1;
          if (batches === 3) throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    const killed = await database.deletionRun.findFirstOrThrow({ include: { counts: true } });
    expect(killed.finishedAt).toBeNull();
    expect(killed.counts.reduce((sum, line) => sum + line.count, 0)).toBeGreaterThan(0);

    const resumed = await runRetention(database, municipalityId, { now, trigger: "schedule", batchSize: 2 });
    expect(resumed.status).toBe("done");
    const logged = await database.deletionCount.groupBy({ by: ["kind"], _sum: { count: true } });
    expect(Object.fromEntries(logged.map((line) => [line.kind, line._sum.count]))).toEqual(
      Object.fromEntries(foretold.filter((line) => line.count > 0).map((line) => [line.kind, line.count])),
    );
  });

  it("runs once at a time across instances, and the daily run once a day", async () => {
    const now = after(defaultMonths.SHEET_SCORES + 12);
    const outcomes = await Promise.all([
      runRetention(database, municipalityId, { now, trigger: "schedule" }),
      runRetention(database, municipalityId, { now, trigger: "manual" }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["busy", "done"]);

    await runDueRetention(database, new Date(now.getTime() + 60_000));
    expect(await database.deletionRun.count()).toBe(1);
    await runDueRetention(database, new Date(now.getTime() + day + 60_000));
    expect(await database.deletionRun.count()).toBe(2);
  });

  it("refuses a period below one month or above ten years, and scores kept shorter than the texts", async () => {
    const valid = Object.fromEntries(Object.entries(defaultMonths));
    expect(retentionPolicySchema.safeParse(valid).success).toBe(true);
    for (const months of [0, -3, 1.5, 121, Number.NaN]) {
      const result = retentionPolicySchema.safeParse({ ...valid, MAIL: months });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["MAIL"], message: da.retention.policy.monthsRange(1, 120) });
    }
    const shorter = retentionPolicySchema.safeParse({ ...valid, SHEET_TEXTS: 12, SHEET_SCORES: 6 });
    expect(shorter.error?.issues[0]).toMatchObject({ path: ["SHEET_SCORES"], message: da.retention.policy.scoresBeforeTexts });
    // And the database itself refuses what the form would.
    await expect(database.retentionRule.create({ data: { municipalityId, kind: "MAIL", months: 0 } })).rejects.toThrow();
  });

  it("saves a policy: defaults keep no row, changes are audited, and the next run uses them", async () => {
    const admin = await database.person.findUniqueOrThrow({ where: { email: demoEmail("peter.jaeger") } });
    const values = { ...defaultMonths, SHEET_TEXTS: 2 };
    await saveRetentionPolicy(database, { municipalityId, actorId: admin.id, values });
    expect(await database.retentionRule.findMany({ select: { kind: true, months: true } })).toEqual([{ kind: "SHEET_TEXTS", months: 2 }]);
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "retention.policy" } });
    expect(audit.details).toEqual({ changed: { SHEET_TEXTS: { from: 6, to: 2 } } });

    const due = await dueForDeletion(database, municipalityId, after(2));
    expect(due.find((line) => line.kind === "SHEET_TEXTS")).toMatchObject({ months: 2 });
    expect(due.find((line) => line.kind === "SHEET_TEXTS")!.count).toBeGreaterThan(0);

    await saveRetentionPolicy(database, { municipalityId, actorId: admin.id, values: { ...defaultMonths } });
    expect(await database.retentionRule.count()).toBe(0);
  });

  it("keeps a binding minimum: no shorter period is saved until the minimum is changed", async () => {
    const admin = await database.person.findUniqueOrThrow({ where: { email: demoEmail("peter.jaeger") } });
    const values = { ...defaultMonths, minimums: { SIGNED_PLANS: 12 } };
    const below = retentionPolicySchema.safeParse(values);
    expect(below.error?.issues[0]).toMatchObject({ path: ["SIGNED_PLANS"], message: da.retention.policy.belowMinimum(12) });
    const parsed = retentionPolicySchema.parse({ ...values, SIGNED_PLANS: 12 });
    await saveRetentionPolicy(database, { municipalityId, actorId: admin.id, values: parsed });
    const policy = await loadRetentionPolicy(database, municipalityId);
    expect(policy.find((line) => line.kind === "SIGNED_PLANS")).toMatchObject({ months: 12, minimumMonths: 12, isDefault: false });
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "retention.policy" } });
    expect(audit.details).toEqual({ changed: { SIGNED_PLANS: { from: 3, to: 12 } }, minimums: { SIGNED_PLANS: { from: null, to: 12 } } });
    // A minimum out of range, and an audit period under a year, are refused next to their fields.
    expect(retentionPolicySchema.safeParse({ ...defaultMonths, minimums: { MAIL: 0 } }).error?.issues[0]).toMatchObject({
      path: ["minimums", "MAIL"],
    });
    expect(retentionPolicySchema.safeParse({ ...defaultMonths, AUDIT_EVENTS: 6 }).error?.issues[0]).toMatchObject({
      path: ["AUDIT_EVENTS"],
      message: da.retention.policy.monthsRange(12, 120),
    });
    await expect(database.retentionRule.create({ data: { municipalityId, kind: "AUDIT_EVENTS", months: 6 } })).rejects.toThrow();
    // Cleared again, the line keeps only its changed period.
    await saveRetentionPolicy(database, { municipalityId, actorId: admin.id, values: { ...defaultMonths, SIGNED_PLANS: 12 } });
    expect(await database.retentionRule.findMany({ select: { kind: true, months: true, minimumMonths: true } })).toEqual([
      { kind: "SIGNED_PLANS", months: 12, minimumMonths: null },
    ]);
  });

  describe("legal hold", () => {
    const admin = () => database.person.findUniqueOrThrow({ where: { email: demoEmail("peter.jaeger") } });

    it("keeps everything of a person under hold, and the next run after it is lifted deletes it", async () => {
      const [first] = await database.roundParticipant.findMany({ where: { roundId: closedRoundId, sheet: { isNot: null } }, take: 1 });
      const actorId = (await admin()).id;
      await placeLegalHold(database, { municipalityId, personId: first.personId, reason: "Klagesag 2031-117", actorId });
      const now = after(defaultMonths.SHEET_SCORES + 12);
      await runRetention(database, municipalityId, { now, trigger: "schedule" });
      expect(await database.preparationSheet.count({ where: inClosedRound() })).toBe(1);
      expect(await database.preparationSheet.findUnique({ where: { participantId: first.id } })).not.toBeNull();
      expect(await database.plan.count({ where: { participantId: first.id } })).toBe(1);

      const hold = await database.legalHold.findFirstOrThrow();
      await liftLegalHold(database, { municipalityId, holdId: hold.id, actorId });
      await runRetention(database, municipalityId, { now: new Date(now.getTime() + day), trigger: "manual" });
      expect(await database.preparationSheet.count({ where: inClosedRound() })).toBe(0);
      expect(await database.plan.count({ where: { participantId: first.id } })).toBe(0);
      const actions = (
        await database.auditEvent.findMany({ where: { subjectId: first.personId, action: { startsWith: "legalHold." } } })
      ).map((event) => event.action);
      expect(actions.sort()).toEqual(["legalHold.lift", "legalHold.place"]);
    });

    it("placed during a run, stops the run from its next batch", async () => {
      const actorId = (await admin()).id;
      const people = await database.roundParticipant.findMany({ where: { roundId: closedRoundId }, select: { personId: true } });
      let placed = false;
      await runRetention(database, municipalityId, {
        now: after(defaultMonths.SHEET_SCORES + 12),
        trigger: "schedule",
        // After the first batch (the round's sheets' texts), every participant of the round is put
        // under hold: the scores, the drafts and the plans stay.
        afterBatch: async () => {
          if (placed) return;
          placed = true;
          for (const person of people)
            await placeLegalHold(database, { municipalityId, personId: person.personId, reason: "Sag", actorId });
        },
      });
      const sheets = await database.preparationSheet.findMany({ where: inClosedRound() });
      expect(sheets.length).toBe(people.length);
      expect(sheets.every((sheet) => Object.keys(sheet.fields as object).every((key) => key.startsWith("score.")))).toBe(true);
      expect(await database.plan.count({ where: inClosedRound() })).toBeGreaterThan(0);
      expect(await database.planUpdate.count({ where: { plan: inClosedRound() } })).toBeGreaterThan(0);
    });

    it("keeps everything of a person whose processing is restricted (art. 18), until it is lifted", async () => {
      const [first] = await database.roundParticipant.findMany({ where: { roundId: closedRoundId, sheet: { isNot: null } }, take: 1 });
      const actorId = (await admin()).id;
      await placeRestriction(database, { municipalityId, personId: first.personId, ground: "LEGAL_CLAIM", actorId });
      const now = after(defaultMonths.SHEET_SCORES + 12);
      await runRetention(database, municipalityId, { now, trigger: "schedule" });
      expect(await database.preparationSheet.count({ where: inClosedRound() })).toBe(1);
      expect(await database.plan.count({ where: { participantId: first.id } })).toBe(1);
      await liftRestriction(database, { municipalityId, personId: first.personId, actorId });
      await runRetention(database, municipalityId, { now: new Date(now.getTime() + day), trigger: "schedule" });
      expect(await database.preparationSheet.count({ where: inClosedRound() })).toBe(0);
      expect(await database.plan.count({ where: { participantId: first.id } })).toBe(0);
    });

    it("on a round keeps all of the round's conversations and the names of its people, until lifted", async () => {
      // (Mail, sessions and the audit log belong to no round: a hold on a round does not keep them.)
      const roundKinds: string[] = ["SHEET_TEXTS", "SHEET_SCORES", "PLAN_DRAFTS", "SIGNED_PLANS", "DEACTIVATED_PEOPLE"];
      const actorId = (await admin()).id;
      const round = await database.round.findUniqueOrThrow({ where: { id: closedRoundId } });
      // The round's leader has left since (this year's rounds went to the leader's own leader); a
      // hold on the round keeps the leader's name too.
      const leader = await database.person.update({ where: { id: round.leaderId }, data: { active: false, deactivatedAt: closedAt } });
      await database.round.updateMany({
        where: { leaderId: leader.id, state: { not: "CLOSED" } },
        data: { leaderId: leader.managerId! },
      });
      const sheets = await database.preparationSheet.findMany({ where: inClosedRound(), orderBy: { id: "asc" } });
      const plans = await database.plan.count({ where: inClosedRound() });
      const placed = await placeRoundHold(database, { municipalityId, roundId: closedRoundId, reason: "Klage over runden", actorId });
      expect(placed).toEqual({ duringRun: false });

      const now = after(defaultMonths.SHEET_SCORES + defaultMonths.DEACTIVATED_PEOPLE + 12);
      expect(
        (await dueForDeletion(database, municipalityId, now)).filter((line) => roundKinds.includes(line.kind) && line.count > 0),
      ).toEqual([]);
      await runRetention(database, municipalityId, { now, trigger: "schedule" });
      expect(await database.preparationSheet.findMany({ where: inClosedRound(), orderBy: { id: "asc" } })).toEqual(sheets);
      expect(await database.plan.count({ where: inClosedRound() })).toBe(plans);
      expect((await database.person.findUniqueOrThrow({ where: { id: round.leaderId } })).anonymisedAt).toBeNull();

      // Twice is refused with the message for the field; another municipality's round is not found.
      await expect(placeRoundHold(database, { municipalityId, roundId: closedRoundId, reason: "Igen", actorId })).rejects.toMatchObject({
        field: "reason",
        message: da.retention.hold.round.already,
      });
      const other = await database.municipality.create({ data: { name: "Tredje Kommune" } });
      await expect(
        placeRoundHold(database, { municipalityId: other.id, roundId: closedRoundId, reason: "Sag", actorId }),
      ).rejects.toMatchObject({
        field: "roundId",
      });
      // The database refuses a hold on both a person and a round, or on neither.
      await expect(database.legalHold.create({ data: { municipalityId, reason: "x", createdById: actorId } })).rejects.toThrow();

      const hold = await database.legalHold.findFirstOrThrow({ where: { roundId: closedRoundId, liftedAt: null } });
      await liftLegalHold(database, { municipalityId, holdId: hold.id, actorId });
      await runRetention(database, municipalityId, { now: new Date(now.getTime() + day), trigger: "schedule" });
      expect(await database.preparationSheet.count({ where: inClosedRound() })).toBe(0);
      expect(await database.plan.count({ where: inClosedRound() })).toBe(0);
      expect((await database.person.findUniqueOrThrow({ where: { id: round.leaderId } })).anonymisedAt).not.toBeNull();
    });

    it("placed while a batch is deleting, waits for that batch and tells that a run is going on", async () => {
      const actorId = (await admin()).id;
      const person = await database.person.findUniqueOrThrow({ where: { email: demoEmail("freja.lund") } });
      // A run holds the lease, and one of its batches is in progress (it holds the lock shared).
      await database.retentionLease.create({ data: { municipalityId, leaseUntil: new Date(Date.now() + 60_000) } });
      let releaseBatch = () => {};
      const batchHeld = new Promise<void>((resolve) => (releaseBatch = resolve));
      let batchStarted = () => {};
      const started = new Promise<void>((resolve) => (batchStarted = resolve));
      const batch = withSqlTransaction(database, async (sql) => {
        await sql(`select pg_advisory_xact_lock_shared(${holdsLock})::text`, [municipalityId]);
        batchStarted();
        await batchHeld;
      });
      await started;
      let settled = false;
      const placing = placeLegalHold(database, { municipalityId, personId: person.id, reason: "Sag", actorId }).finally(
        () => (settled = true),
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(settled).toBe(false);
      expect(await database.legalHold.count({ where: { personId: person.id } })).toBe(0);
      releaseBatch();
      await batch;
      expect(await placing).toEqual({ duringRun: true });
      expect(await database.legalHold.count({ where: { personId: person.id, liftedAt: null } })).toBe(1);
    });

    it("is placed once however many times it is asked for at once, lifted once, and only in one's own municipality", async () => {
      const actorId = (await admin()).id;
      const person = await database.person.findUniqueOrThrow({ where: { email: demoEmail("freja.lund") } });
      const outcomes = await Promise.allSettled(
        [1, 2, 3].map(() => placeLegalHold(database, { municipalityId, personId: person.id, reason: "Sag", actorId })),
      );
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      for (const outcome of outcomes.filter((candidate) => candidate.status === "rejected"))
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(FieldError);
      expect(await database.legalHold.count({ where: { personId: person.id, liftedAt: null } })).toBe(1);

      const hold = await database.legalHold.findFirstOrThrow({ where: { personId: person.id } });
      await liftLegalHold(database, { municipalityId, holdId: hold.id, actorId });
      await expect(liftLegalHold(database, { municipalityId, holdId: hold.id, actorId })).rejects.toBeInstanceOf(FormError);

      const other = await database.municipality.create({ data: { name: "Anden Kommune" } });
      await expect(
        placeLegalHold(database, { municipalityId: other.id, personId: person.id, reason: "Sag", actorId }),
      ).rejects.toBeInstanceOf(FormError);
    });
  });
});
