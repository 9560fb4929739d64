import { beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { SessionActor } from "@/lib/auth/current";
import { FieldError, FormError } from "@/lib/auth/errors";
import { withSqlTransaction } from "@/lib/db-client";
import { bringEarlierActions } from "@/lib/domain/plans/carry-over/mutations";
import { addAction, applyTextChange, planContent, planText, planValues } from "@/lib/domain/plans/doc";
import { sendFollowUpMails } from "@/lib/domain/plans/jobs/follow-up-mail";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { saveEmployeeComment } from "@/lib/domain/plans/mutations/filing";
import { bookMiniMus, recordFollowUp } from "@/lib/domain/plans/mutations/follow-up";
import { openPlan } from "@/lib/domain/plans/mutations/open";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { liftProcessingRestriction, restrictProcessing } from "@/lib/domain/restriction/actions";
import { liftRestriction, placeRestriction } from "@/lib/domain/restriction/mutations";
import { assertProcessable } from "@/lib/domain/restriction/processing";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { addParticipant } from "@/lib/domain/rounds/mutations/participants";
import { publishRound } from "@/lib/domain/rounds/mutations/publish";
import { findOwnSheet } from "@/lib/domain/sheets/loaders";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { sendDueReminders } from "@/lib/domain/sheets/reminders";
import { da } from "@/lib/i18n/da";
import { seedDemoOrganisation, seedOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// Restriction of processing (GDPR art. 18): placed and lifted by an administrator of the person's
// municipality through the server actions, and, while it stands, every write about the person
// refused with the same Danish message (reads allowed), no new round or invitation for them, and
// everything allowed again once it is lifted.

// The server actions run as they do in the app, but with the signed-in person set by the test and
// the test's database as the app's.
const session = vi.hoisted(() => ({ actor: null as SessionActor | null }));
vi.mock("@/lib/auth/current", () => ({ getActor: () => Promise.resolve(session.actor) }));
vi.mock("@/lib/db", async () => {
  const { testDatabase: database } = await import("../support/database");
  return { db: () => database() };
});

const database = testDatabase();
const at = demoEmail;
type Actor = Awaited<ReturnType<typeof actorFor>>;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  session.actor = null;
});

async function signedIn(email: string): Promise<SessionActor> {
  const person = await database.person.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  return {
    id: person.id,
    active: person.active,
    roles: person.roles.map(({ role }) => role),
    name: person.name,
    email: person.email,
    municipalityId: person.municipalityId,
    sessionId: "00000000-0000-4000-8000-000000000001",
  };
}

const refused = da.restriction.refused;

async function restrict(personId: string) {
  const admin = await signedIn(at("peter.jaeger"));
  await placeRestriction(database, { municipalityId: admin.municipalityId, personId, ground: "CONTESTED_ACCURACY", actorId: admin.id });
}

async function lift(personId: string) {
  const admin = await signedIn(at("peter.jaeger"));
  await liftRestriction(database, { municipalityId: admin.municipalityId, personId, actorId: admin.id });
}

/** Writes into the stored plan as `actor` would from a browser. */
async function edit(planId: string, actor: Actor, change: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  const before = Y.encodeStateVector(doc);
  change(doc);
  return appendPlanUpdate(database, actor, planId, Y.encodeStateAsUpdate(doc, before));
}

async function storedContent(planId: string, actor: Actor) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  return planContent(doc);
}

describe("placing and lifting a restriction", () => {
  it("is done by the municipality's administrator, each with its audit row, and shown as standing", async () => {
    const aase = await actorFor(database, at("aase.kirkegaard"));
    session.actor = await signedIn(at("peter.jaeger"));
    expect(await restrictProcessing({ personId: aase.id, ground: "LEGAL_CLAIM" })).toEqual({ ok: true, data: undefined });
    const restricted = await database.person.findUniqueOrThrow({ where: { id: aase.id } });
    expect(restricted.restrictedAt).not.toBeNull();
    expect(restricted.restrictionReason).toBe("LEGAL_CLAIM");
    expect(restricted.restrictedById).toBe(session.actor.id);
    // Placed twice: told it stands already, nothing changes.
    expect(await restrictProcessing({ personId: aase.id, ground: "OBJECTION" })).toEqual({ ok: false, formError: da.restriction.already });
    expect((await database.person.findUniqueOrThrow({ where: { id: aase.id } })).restrictionReason).toBe("LEGAL_CLAIM");

    expect(await liftProcessingRestriction({ personId: aase.id })).toEqual({ ok: true, data: undefined });
    const lifted = await database.person.findUniqueOrThrow({ where: { id: aase.id } });
    expect([lifted.restrictedAt, lifted.restrictionReason, lifted.restrictedById]).toEqual([null, null, null]);
    expect(await liftProcessingRestriction({ personId: aase.id })).toEqual({ ok: false, formError: da.restriction.notRestricted });

    const audit = await database.auditEvent.findMany({
      where: { subjectId: aase.id, action: { in: ["person.restrict", "person.unrestrict"] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((row) => [row.action, row.actorId, row.resourceId, row.details])).toEqual([
      ["person.restrict", session.actor.id, aase.id, { ground: "LEGAL_CLAIM" }],
      ["person.unrestrict", session.actor.id, aase.id, { ground: "LEGAL_CLAIM" }],
    ]);
  });

  it("is refused to another municipality's administrator and to anyone not an administrator, with nothing recorded", async () => {
    await seedOrganisation(database, { municipality: "Nordby Kommune", domain: "nordby.example" });
    const aase = await actorFor(database, at("aase.kirkegaard"));
    for (const email of ["peter.jaeger@nordby.example", at("mette.soendergaard"), at("anne.moerch"), at("aase.kirkegaard")]) {
      session.actor = await signedIn(email);
      expect(await restrictProcessing({ personId: aase.id, ground: "OBJECTION" })).toEqual({ ok: false, formError: da.errors.notFound });
    }
    expect((await database.person.findUniqueOrThrow({ where: { id: aase.id } })).restrictedAt).toBeNull();
    await restrict(aase.id);
    for (const email of ["peter.jaeger@nordby.example", at("mette.soendergaard")]) {
      session.actor = await signedIn(email);
      expect(await liftProcessingRestriction({ personId: aase.id })).toEqual({ ok: false, formError: da.errors.notFound });
    }
    expect((await database.person.findUniqueOrThrow({ where: { id: aase.id } })).restrictedAt).not.toBeNull();
    expect(await database.auditEvent.count({ where: { action: { in: ["person.restrict", "person.unrestrict"] } } })).toBe(1);
  });

  it("refuses a missing or unknown ground and a person who is not there, in Danish", async () => {
    const aase = await actorFor(database, at("aase.kirkegaard"));
    session.actor = await signedIn(at("peter.jaeger"));
    for (const ground of ["", "HEALTH", undefined]) {
      expect(await restrictProcessing({ personId: aase.id, ground: ground as never })).toEqual({
        ok: false,
        fieldErrors: { ground: [da.restriction.groundRequired] },
      });
    }
    expect(await restrictProcessing({ personId: "00000000-0000-4000-8000-00000000abcd", ground: "OBJECTION" })).toEqual({
      ok: false,
      formError: da.errors.notFound,
    });
    expect(await database.auditEvent.count({ where: { action: "person.restrict" } })).toBe(0);
  });

  it("waits for a change to the person's data under way, which holds the person's row for share", async () => {
    const aase = await actorFor(database, at("aase.kirkegaard"));
    let placed = false;
    let placing: Promise<void> = Promise.resolve();
    await withSqlTransaction(database, async (sql) => {
      await assertProcessable(sql, aase.id);
      placing = restrict(aase.id).then(() => {
        placed = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(placed).toBe(false);
    });
    await placing;
    expect(placed).toBe(true);
    await withSqlTransaction(database, async (sql) => {
      await expect(assertProcessable(sql, aase.id)).rejects.toThrow(refused);
    });
  });
});

describe("while a person's processing is restricted", () => {
  it("stops a keystroke read before the restriction and stored after it: the store waits for the person's row", async () => {
    const { mette, aase, participant } = await aaseInMettesRound(database);
    const planId = await ensurePlan(database, participant.id);
    const admin = await signedIn(at("peter.jaeger"));
    let appending: Promise<unknown> = Promise.resolve();
    let settled = false;
    await withSqlTransaction(database, async (sql) => {
      // The restriction's own statement, not yet committed: the keystroke's read does not see it.
      await sql(
        `update "Person" set "restrictedAt" = now(), "restrictionReason" = 'OBJECTION', "restrictedById" = $2::uuid where id = $1::uuid`,
        [aase.id, admin.id],
      );
      appending = edit(planId, mette, (doc) => applyTextChange(planText(doc, "goals"), "Midt i")).finally(() => {
        settled = true;
      });
      appending.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
    });
    await expect(appending).rejects.toThrow(refused);
    expect((await storedContent(planId, mette)).goals).toBe("");
  });

  it("refuses every change to their sheet, the leader's notes and their plan, keeps reads, and allows them again once lifted", async () => {
    const { mette, aase, participant } = await aaseInMettesRound(database);
    const question = participant.group.questions[0].id;
    await saveSheetChanges(database, aase, participant.id, [{ key: `answer.${question}.contribute`, value: "Før", baseRevision: 0 }]);
    const planId = await ensurePlan(database, participant.id);
    await edit(planId, mette, (doc) => applyTextChange(planText(doc, "goals"), "Mål"));
    await restrict(aase.id);

    const sheetChange = [{ key: `answer.${question}.contribute`, value: "Efter", baseRevision: 1 }];
    const noteChange = [{ key: "experience", value: "Note", baseRevision: 0 }];
    await expect(saveSheetChanges(database, aase, participant.id, sheetChange)).rejects.toThrow(refused);
    await expect(setSheetSubmitted(database, aase, participant.id, true)).rejects.toThrow(refused);
    await expect(saveLeaderNoteChanges(database, mette, participant.id, noteChange)).rejects.toThrow(refused);
    for (const party of [aase, mette]) {
      await expect(edit(planId, party, (doc) => applyTextChange(planText(doc, "goals"), "Mål mere"))).rejects.toThrow(refused);
    }
    const hash = contentHash(await storedContent(planId, aase));
    await expect(approvePlan(database, mette, planId, hash)).rejects.toThrow(refused);
    await expect(bringEarlierActions(database, aase, planId)).rejects.toThrow(refused);
    const { version } = await database.round.findUniqueOrThrow({ where: { id: participant.roundId }, select: { version: true } });
    const booking = { date: "2027-02-03", time: "09:30", durationMinutes: 60, location: "Kontoret" };
    await expect(
      scheduleConversation(database, { actor: mette, roundId: participant.roundId, version }, participant.id, booking),
    ).rejects.toThrow(da.restriction.noBooking("Åse Kirkegaard"));

    // Nothing changed, nothing new exists, and the parties still read what is stored.
    expect(await database.leaderNote.count({ where: { participantId: participant.id } })).toBe(0);
    expect(await database.planVersion.count({ where: { planId } })).toBe(0);
    expect(await database.conversation.count({ where: { participantId: participant.id } })).toBe(0);
    expect((await storedContent(planId, mette)).goals).toBe("Mål");
    const sheet = (await findOwnSheet(await signedIn(at("aase.kirkegaard")), participant.roundId))!;
    expect(sheet.fields[`answer.${question}.contribute`]).toBe("Før");
    expect(sheet.state).toBe("DRAFT");
    expect(sheet.restricted).toBe(true);
    // The refused changes are not in the audit log as changes.
    expect(
      await database.auditEvent.count({ where: { subjectId: aase.id, action: { in: ["note.update", "plan.approve", "sheet.submit"] } } }),
    ).toBe(0);

    await lift(aase.id);
    const saved = await saveSheetChanges(database, aase, participant.id, sheetChange);
    expect(saved.saved).toEqual({ [`answer.${question}.contribute`]: 2 });
    await saveLeaderNoteChanges(database, mette, participant.id, noteChange);
    await edit(planId, aase, (doc) => applyTextChange(planText(doc, "goals"), "Mål mere"));
    const content = await storedContent(planId, aase);
    expect(content.goals).toBe("Mål mere");
    await approvePlan(database, mette, planId, contentHash(content));
    expect(await approvePlan(database, aase, planId, contentHash(content))).toEqual({ number: 1, signed: true });
    await setSheetSubmitted(database, aase, participant.id, true);
    await scheduleConversation(database, { actor: mette, roundId: participant.roundId, version }, participant.id, booking);
    expect(await database.conversation.count({ where: { participantId: participant.id } })).toBe(1);
    expect((await findOwnSheet(await signedIn(at("aase.kirkegaard")), participant.roundId))!.restricted).toBe(false);
  });

  it("makes no plan for them, and makes it once lifted", async () => {
    const { mette, aase, roundId, participant } = await aaseInMettesRound(database);
    await restrict(aase.id);
    await expect(openPlan(database, mette, roundId, participant.id)).rejects.toThrow(refused);
    await expect(ensurePlan(database, participant.id)).rejects.toThrow(refused);
    expect(await database.plan.count({ where: { participantId: participant.id } })).toBe(0);
    await lift(aase.id);
    const { planId } = await openPlan(database, mette, roundId, participant.id);
    expect(await database.plan.count({ where: { id: planId } })).toBe(1);
  });

  it("refuses follow-up notes and the mini-MUS, and sends no follow-up mail, until lifted; the employee's own remark stays open", async () => {
    const { mette, aase, participant } = await aaseInMettesRound(database);
    const planId = await ensurePlan(database, participant.id);
    await edit(planId, mette, (doc) => {
      applyTextChange(planText(doc, "goals"), "Blive tryg i at lede møder");
      addAction(doc, { what: "Lede morgenmødet", who: "Åse" });
      planValues(doc).set("followUpDate", "2027-09-15");
    });
    const hash = contentHash(await storedContent(planId, aase));
    await approvePlan(database, mette, planId, hash);
    await approvePlan(database, aase, planId, hash);
    const signedVersion = await database.planVersion.findFirstOrThrow({ where: { planId } });
    await restrict(aase.id);

    const followUp = { heldOn: "2027-05-01", note: "Godt i gang", actionStates: ["started" as const] };
    const miniMus = { date: "2027-09-15", time: "09:30", durationMinutes: 15, location: "Mødelokale 2" };
    await expect(recordFollowUp(database, aase, planId, followUp)).rejects.toThrow(refused);
    await expect(bookMiniMus(database, mette, planId, miniMus)).rejects.toThrow(refused);
    // The remark is the employee's own correction of the plan (art. 16): what a contested-accuracy restriction waits for.
    await saveEmployeeComment(database, aase, signedVersion.id, "Målet er skrevet forkert; det var morgenmødet på afdelingen.");
    expect((await database.planVersion.findUniqueOrThrow({ where: { id: signedVersion.id } })).employeeComment).toMatch(/forkert/);
    const mailsBefore = await database.outgoingMail.count();
    expect(await sendFollowUpMails(database, new Date("2027-09-16T08:00:00Z"))).toBe(0);
    expect(await database.outgoingMail.count()).toBe(mailsBefore);
    expect(await database.planFollowUp.count({ where: { planId } })).toBe(0);
    expect(await database.followUpMeeting.count({ where: { planId } })).toBe(0);

    await lift(aase.id);
    await recordFollowUp(database, aase, planId, followUp);
    await bookMiniMus(database, mette, planId, miniMus);
    await saveEmployeeComment(database, aase, signedVersion.id, "En bemærkning");
    expect(await sendFollowUpMails(database, new Date("2027-09-16T08:00:00Z"))).toBe(1);
    expect(await database.planFollowUp.count({ where: { planId } })).toBe(1);
  });
});

describe("rounds and mail while restricted", () => {
  it("leaves the person out of a new round and refuses to invite them, until lifted", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    await restrict(aase.id);
    const roundId = await publishedRound(database, mette);
    const people = await database.roundParticipant.findMany({ where: { roundId }, select: { personId: true } });
    expect(people.length).toBeGreaterThan(0);
    expect(people.map((row) => row.personId)).not.toContain(aase.id);
    const version = async () => (await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } })).version;
    const adding = addParticipant(database, { actor: mette, roundId, version: await version() }, aase.id);
    await expect(adding).rejects.toBeInstanceOf(FieldError);
    await expect(adding).rejects.toThrow(da.restriction.notInvited("Åse Kirkegaard"));

    await lift(aase.id);
    await addParticipant(database, { actor: mette, roundId, version: await version() }, aase.id);
    expect(await database.roundParticipant.count({ where: { roundId, personId: aase.id } })).toBe(1);
  });

  it("keeps an existing participation, but sends neither the invitation nor the reminder", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    const roundId = await publishedRound(database, mette, { publish: false });
    await restrict(aase.id);
    const { version } = await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } });
    const { invited } = await publishRound(database, { actor: mette, roundId, version });
    const participant = await participantOf(database, roundId, at("aase.kirkegaard"));
    expect(participant.invitedAt).toBeNull();
    expect(invited).toBe((await database.roundParticipant.count({ where: { roundId } })) - 1);
    expect(await database.outgoingMail.count({ where: { to: at("aase.kirkegaard") } })).toBe(0);
    expect(await database.outgoingMail.count({ where: { to: at("freja.lund") } })).toBe(1);

    await database.conversation.create({
      data: {
        participantId: participant.id,
        startsAt: new Date("2027-02-03T09:00:00Z"),
        durationMinutes: 60,
        location: "Kontoret",
        icsUid: "r@test",
      },
    });
    const now = new Date("2027-02-01T08:00:00Z");
    expect(await sendDueReminders(database, now, 3)).toBe(0);
    // Lifted: the invitation she never got goes now, then the reminder.
    await lift(aase.id);
    expect((await participantOf(database, roundId, at("aase.kirkegaard"))).invitedAt).not.toBeNull();
    expect(await database.outgoingMail.count({ where: { to: at("aase.kirkegaard") } })).toBe(1);
    expect(await sendDueReminders(database, now, 3)).toBe(1);
    expect(await database.outgoingMail.count({ where: { to: at("aase.kirkegaard") } })).toBe(2);
  });
});

// FormError is what the action wrapper turns into the message shown; the refusals above are all of it.
it("refuses with a FormError, which the forms show as it is", async () => {
  const { aase, participant } = await aaseInMettesRound(database);
  await restrict(aase.id);
  await expect(setSheetSubmitted(database, aase, participant.id, true)).rejects.toBeInstanceOf(FormError);
});
