import { beforeEach, describe, expect, it } from "vitest";
import { FormError } from "@/lib/auth/errors";
import { sqlOn, withSqlTransaction } from "@/lib/db-client";
import { erasePerson } from "@/lib/domain/erasure/erase";
import { previewErasure } from "@/lib/domain/erasure/preview";
import { openPlan } from "@/lib/domain/plans/mutations/open";
import { placeRestriction } from "@/lib/domain/restriction/mutations";
import { placeLegalHold, placeRoundHold } from "@/lib/domain/retention/holds";
import { loadDeletionLog } from "@/lib/domain/retention/data";
import { deletionLogCsv, describeTrigger } from "@/lib/domain/retention/log-download";
import { saveLeaderNoteChanges } from "@/lib/domain/sheets/mutations";
import { da } from "@/lib/i18n/da";
import { seedDemoRounds } from "@/prisma/seed/demo-rounds";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail } from "../support/rounds";

// Erasure on request (GDPR art. 17) on the demo's rounds. The employee erased here has last year's
// plan (signed, filed: deleted), this year's (signed, not filed: kept), an unsigned plan in a third
// round (deleted), both years' sheets, a note of the leader's, a session and a mail.

const database = testDatabase();
const sql = () => sqlOn(database);

let municipalityId = "";
let adminId = "";
let employee = { id: "", email: "" };
let keptPlanId = "";
let filedPlanId = "";
let draftPlanId = "";
let noteParticipantId = "";

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FormError);
  return (error as FormError).message;
};

const erase = (personId = employee.id) => erasePerson(database, { municipalityId, personId, actorId: adminId });
const deactivate = (personId: string) =>
  database.person.update({ where: { id: personId }, data: { active: false, deactivatedAt: new Date() } });

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  await seedDemoRounds(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  adminId = (await database.person.findUniqueOrThrow({ where: { email: demoEmail("peter.jaeger") } })).id;
  const closed = await database.round.findFirstOrThrow({ where: { state: "CLOSED" } });
  // Every signed plan of last year's round is filed; this year's are not.
  await database.planVersion.updateMany({
    where: { signedAt: { not: null }, plan: { participant: { roundId: closed.id } } },
    data: { filedAt: closed.closedAt },
  });
  // Someone with a signed plan this year (in the wrap-up) and one last year.
  const kept = await database.plan.findFirstOrThrow({
    where: {
      participant: { round: { state: "WRAP_UP" }, person: { roundsJoined: { some: { roundId: closed.id } } } },
      versions: { some: { signedAt: { not: null } } },
    },
    include: { participant: { include: { person: true } } },
  });
  keptPlanId = kept.id;
  employee = { id: kept.participant.personId, email: kept.participant.person.email! };
  noteParticipantId = kept.participantId;
  filedPlanId = (await database.plan.findFirstOrThrow({ where: { participant: { roundId: closed.id, personId: employee.id } } })).id;
  // An unsigned plan in a third round.
  const talking = await database.round.findFirstOrThrow({ where: { state: "CONVERSATIONS" }, include: { groups: true } });
  const extra = await database.roundParticipant.create({
    data: { roundId: talking.id, personId: employee.id, groupId: talking.groups[0].id },
  });
  draftPlanId = (await database.plan.create({ data: { participantId: extra.id, state: Buffer.from([0, 0]) } })).id;
  const noteRound = await database.roundParticipant.findUniqueOrThrow({ where: { id: noteParticipantId }, select: { round: true } });
  await database.leaderNote.create({
    data: { participantId: noteParticipantId, authorId: noteRound.round.leaderId, fields: { experience: "Tryg i rollen." } },
  });
  await database.authSession.create({ data: { personId: employee.id, provider: "email" } });
  await database.outgoingMail.create({ data: { to: employee.email, subject: "Invitation", text: "…" } });
}, 120_000);

describe("erasure on request", () => {
  it("previews what goes, what stays and why, and refuses an active person", async () => {
    const sheets = await database.preparationSheet.count({ where: { participant: { personId: employee.id } } });
    expect(sheets).toBeGreaterThanOrEqual(2);
    const preview = await previewErasure(sql(), municipalityId, employee.id);
    expect(preview).toEqual({
      blockers: ["active"],
      openRoundsLed: 0,
      goes: { sheets, notes: 1, draftPlans: 1, filedPlans: 1, sessions: 1, mail: expect.any(Number) },
      stays: { unfiledPlans: 1, ledPlans: 0 },
    });
    expect(preview!.goes.mail).toBeGreaterThanOrEqual(1);
    expect(await rejection(erase())).toBe(da.erasure.blocked.active);
    // Nothing was touched.
    expect(await database.plan.count({ where: { id: { in: [keptPlanId, filedPlanId, draftPlanId] } } })).toBe(3);
    expect((await database.person.findUniqueOrThrow({ where: { id: employee.id } })).anonymisedAt).toBeNull();
  });

  it("erases sheets, the leader's note, unsigned and filed plans, keeps the unfiled signed plan, and anonymises", async () => {
    await deactivate(employee.id);
    const foretold = (await previewErasure(sql(), municipalityId, employee.id))!;
    expect(foretold.blockers).toEqual([]);
    const { counts, runId } = await erase();
    expect(counts).toEqual(foretold.goes);

    expect(await database.preparationSheet.count({ where: { participant: { personId: employee.id } } })).toBe(0);
    expect(await database.leaderNote.count({ where: { participantId: noteParticipantId } })).toBe(0);
    expect((await database.plan.findMany({ where: { participant: { personId: employee.id } } })).map((plan) => plan.id)).toEqual([
      keptPlanId,
    ]);
    expect(await database.planVersion.count({ where: { planId: keptPlanId, signedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await database.planFollowUp.count({ where: { planId: filedPlanId } })).toBe(0);
    const person = await database.person.findUniqueOrThrow({ where: { id: employee.id } });
    expect(person).toMatchObject({ name: da.retention.anonymousName, email: `slettet-${employee.id}@slettet.invalid`, jobTitle: null });
    expect(person.anonymisedAt).not.toBeNull();
    expect(await database.authSession.count({ where: { personId: employee.id } })).toBe(0);
    expect(await database.outgoingMail.count({ where: { to: employee.email } })).toBe(0);

    // The audit row: counts, never content.
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "person.erase" } });
    expect(audit).toMatchObject({ actorId: adminId, subjectId: employee.id, resourceId: employee.id, purpose: "erasureRequest" });
    expect(audit.details).toEqual({ runId, ...counts });
    // The deletion log: one finished run started by the administrator, per kind.
    const [run] = await loadDeletionLog(database, municipalityId);
    expect(run).toMatchObject({ id: runId, trigger: "erasure" });
    expect(run.finishedAt).not.toBeNull();
    expect(Object.fromEntries(run.counts.map((line) => [line.kind, line.count]))).toEqual({
      SHEET_TEXTS: counts.sheets + counts.notes,
      PLAN_DRAFTS: 1,
      SIGNED_PLANS: 1,
      DEACTIVATED_PEOPLE: 1,
      MAIL: counts.mail,
      SESSIONS: 1,
    });
    const admin = await database.person.findUniqueOrThrow({ where: { id: adminId } });
    expect(describeTrigger(run)).toBe(da.erasure.logTrigger(admin.name));
    expect(deletionLogCsv([run])).toContain(da.erasure.logRule);

    // The preview now says it is done, and a second erasure is refused.
    expect((await previewErasure(sql(), municipalityId, employee.id))!.blockers).toEqual(["erased"]);
    expect(await rejection(erase())).toBe(da.erasure.already);
  });

  it("erases nothing of a person whose processing is restricted, and says so", async () => {
    await deactivate(employee.id);
    await placeRestriction(database, { municipalityId, personId: employee.id, ground: "CONTESTED_ACCURACY", actorId: adminId });
    expect((await previewErasure(sql(), municipalityId, employee.id))!.blockers).toEqual(["restricted"]);
    expect(await rejection(erase())).toBe(da.erasure.blocked.restricted);
    expect(await database.plan.count({ where: { participant: { personId: employee.id } } })).toBe(3);
  });

  it("erases nothing of a person who took part in a round under a legal hold, and says so", async () => {
    await deactivate(employee.id);
    const participation = await database.roundParticipant.findFirstOrThrow({ where: { personId: employee.id } });
    await placeRoundHold(database, { municipalityId, roundId: participation.roundId, reason: "Klage over runden", actorId: adminId });
    expect((await previewErasure(sql(), municipalityId, employee.id))!.blockers).toEqual(["roundHeld"]);
    expect(await rejection(erase())).toBe(da.erasure.blocked.roundHeld);
    expect(await database.plan.count({ where: { participant: { personId: employee.id } } })).toBe(3);
    expect((await database.person.findUniqueOrThrow({ where: { id: employee.id } })).anonymisedAt).toBeNull();
  });

  it("erases nothing of a person under a legal hold, and says so", async () => {
    await deactivate(employee.id);
    await placeLegalHold(database, { municipalityId, personId: employee.id, reason: "Klagesag 2031-117", actorId: adminId });
    expect((await previewErasure(sql(), municipalityId, employee.id))!.blockers).toEqual(["held"]);
    expect(await rejection(erase())).toBe(da.erasure.blocked.held);
    expect(await database.plan.count({ where: { participant: { personId: employee.id } } })).toBe(3);
    expect(await database.leaderNote.count({ where: { participantId: noteParticipantId } })).toBe(1);
    expect((await database.person.findUniqueOrThrow({ where: { id: employee.id } })).anonymisedAt).toBeNull();
    expect(await database.deletionRun.count()).toBe(0);
    expect(await database.auditEvent.count({ where: { action: "person.erase" } })).toBe(0);
  });

  it("erases once when two administrators erase at once; the second is told", async () => {
    await deactivate(employee.id);
    const outcomes = await Promise.allSettled([erase(), erase(), erase()]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((candidate) => candidate.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(FormError);
      expect((outcome as PromiseRejectedResult).reason.message).toBe(da.erasure.already);
    }
    expect(await database.deletionRun.count()).toBe(1);
    expect(await database.auditEvent.count({ where: { action: "person.erase" } })).toBe(1);
  });

  it("a note written during the erasure is either erased with it or refused as not found, never left behind", async () => {
    await deactivate(employee.id);
    const leader = await actorFor(database, demoEmail("torben.oedegaard"));
    const write = () =>
      saveLeaderNoteChanges(database, leader, noteParticipantId, [{ key: "experience", value: "Ny tekst", baseRevision: 0 }]);
    await database.leaderNote.deleteMany({ where: { participantId: noteParticipantId } });
    const [erased, written] = await Promise.allSettled([erase(), write()]);
    expect(erased.status).toBe("fulfilled");
    if (written.status === "rejected") expect((written.reason as FormError).message).toBe(da.errors.notFound);
    expect(await database.leaderNote.count({ where: { participantId: noteParticipantId } })).toBe(0);
    // After it, a write is refused cleanly and creates nothing.
    expect(await rejection(write())).toBe(da.errors.notFound);
    expect(await database.leaderNote.count({ where: { participantId: noteParticipantId } })).toBe(0);
  });

  it("a note created while an erasure holds the person waits for it, then is refused and creates nothing", async () => {
    await deactivate(employee.id);
    await database.leaderNote.deleteMany({ where: { participantId: noteParticipantId } });
    const leader = await actorFor(database, demoEmail("torben.oedegaard"));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // What erase.ts does first and last, with the commit held back.
    const erasure = withSqlTransaction(database, async (tx) => {
      await tx(`select id from "Person" where id = $1::uuid for no key update`, [employee.id]);
      await tx(`update "Person" set "anonymisedAt" = now() where id = $1::uuid`, [employee.id]);
      locked();
      await held;
    });
    await lockTaken;
    let settled = false;
    const write = saveLeaderNoteChanges(database, leader, noteParticipantId, [{ key: "experience", value: "Ny", baseRevision: 0 }]).finally(
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    release();
    await erasure;
    expect(await rejection(write)).toBe(da.errors.notFound);
    expect(await database.leaderNote.count({ where: { participantId: noteParticipantId } })).toBe(0);
  });

  it("the leader opening the erased person's deleted plan is told it is not found; no plan is made anew", async () => {
    await deactivate(employee.id);
    const draft = await database.plan.findUniqueOrThrow({
      where: { id: draftPlanId },
      include: { participant: { include: { round: true } } },
    });
    await erase();
    const leader = await database.person.findUniqueOrThrow({ where: { id: draft.participant.round.leaderId }, include: { roles: true } });
    const actor = { id: leader.id, active: true, roles: leader.roles.map((entry) => entry.role) };
    expect(await rejection(openPlan(database, actor, draft.participant.roundId, draft.participantId))).toBe(da.errors.notFound);
    expect(await database.plan.count({ where: { participantId: draft.participantId } })).toBe(0);
  });

  it("refuses a leader with an open round; once handed over, the employees' plans stay, naming the anonymised leader", async () => {
    const torben = await database.person.findUniqueOrThrow({ where: { email: demoEmail("torben.oedegaard") } });
    const bjoern = await database.person.findUniqueOrThrow({ where: { email: demoEmail("bjoern.kjaersgaard") } });
    await deactivate(torben.id);
    const blocked = (await previewErasure(sql(), municipalityId, torben.id))!;
    expect(blocked.blockers).toEqual(["openRounds"]);
    expect(await rejection(erase(torben.id))).toBe(da.erasure.blocked.openRounds(blocked.openRoundsLed));

    // Handed over: the open round gets another leader.
    await database.round.updateMany({ where: { leaderId: torben.id, state: { not: "CLOSED" } }, data: { leaderId: bjoern.id } });
    const employeePlans = await database.plan.count({ where: { participant: { round: { leaderId: torben.id } } } });
    expect(employeePlans).toBeGreaterThan(0);
    const preview = (await previewErasure(sql(), municipalityId, torben.id))!;
    expect(preview).toMatchObject({ blockers: [], stays: { ledPlans: employeePlans } });
    await erase(torben.id);
    const plans = await database.plan.findMany({
      where: { participant: { round: { leaderId: torben.id } } },
      include: { participant: { include: { round: { include: { leader: true } } } } },
    });
    expect(plans).toHaveLength(employeePlans);
    for (const plan of plans) expect(plan.participant.round.leader.name).toBe(da.retention.anonymousName);
  });

  it("refuses a person of another municipality as not found", async () => {
    const other = await database.municipality.create({ data: { name: "Anden Kommune" } });
    await deactivate(employee.id);
    expect(await previewErasure(sql(), other.id, employee.id)).toBeNull();
    expect(await rejection(erasePerson(database, { municipalityId: other.id, personId: employee.id, actorId: adminId }))).toBe(
      da.errors.notFound,
    );
    expect((await database.person.findUniqueOrThrow({ where: { id: employee.id } })).anonymisedAt).toBeNull();
  });
});
