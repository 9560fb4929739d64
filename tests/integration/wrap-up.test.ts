import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { loadOverview } from "@/lib/domain/overview/data";
import { addAction, planContent, planValues } from "@/lib/domain/plans/doc";
import { recordFollowUp } from "@/lib/domain/plans/mutations/follow-up";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { addJointAction, saveJointAction, setJointActionStatus } from "@/lib/domain/wrap-up/mutations/joint-actions";
import { startNextRound } from "@/lib/domain/wrap-up/mutations/next-round";
import { publishFeedback, saveRoundNote } from "@/lib/domain/wrap-up/mutations/notes";
import { advanceRound, setCarriedOver, type Step } from "@/lib/domain/wrap-up/mutations/phase";
import { settleAgreement } from "@/lib/domain/wrap-up/mutations/settle";
import { sendJointActionReminders } from "@/lib/domain/wrap-up/reminders";
import { loadFollowUpState } from "@/lib/domain/wrap-up/waiting";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, publishedRound } from "../support/rounds";

const database = testDatabase();
type Actor = Awaited<ReturnType<typeof actorFor>>;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function move(leader: Actor, roundId: string, ...steps: Step[]) {
  for (const step of steps) {
    const { version } = await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } });
    await advanceRound(database, { actor: leader, roundId, version }, step);
  }
}

/** Mette's round with everyone in it, each as an actor with their participant row. */
async function mettesRound() {
  const mette = await actorFor(database, demoEmail("mette.soendergaard"));
  const roundId = await publishedRound(database, mette);
  const rows = await database.roundParticipant.findMany({
    where: { roundId },
    include: { person: true },
    orderBy: { person: { name: "asc" } },
  });
  const people = await Promise.all(
    rows.map(async (row) => ({
      participantId: row.id,
      name: row.person.name,
      email: row.person.email,
      actor: await actorFor(database, row.person.email!),
    })),
  );
  return { mette, roundId, people };
}

async function shareScores(person: { participantId: string; actor: Actor }, score: number) {
  const changes = ["mestring", "mening", "samhoerighed", "autonomi"].map((dimension) => ({
    key: `score.${dimension}`,
    value: score,
    baseRevision: 0,
  }));
  await saveSheetChanges(database, person.actor, person.participantId, changes);
  await setSheetSubmitted(database, person.actor, person.participantId, true);
}

async function signedPlan(leader: Actor, person: { participantId: string; actor: Actor }, edit: (doc: Y.Doc) => void) {
  const planId = await ensurePlan(database, person.participantId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, leader, planId)).state);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  await appendPlanUpdate(database, leader, planId, Y.encodeStateAsUpdate(doc, before));
  const hash = contentHash(planContent(doc));
  await approvePlan(database, leader, planId, hash);
  await approvePlan(database, person.actor, planId, hash);
  return planId;
}

describe("the leader's overview", () => {
  it("shows figures only from the wrap-up, for at least the threshold, and narrowing a group to one person reveals nothing", async () => {
    const { mette, roundId, people } = await mettesRound();
    expect(people).toHaveLength(6);
    const [target, ...others] = people;
    // The attempt: put one person in a group of their own, so that the unit minus the others' group is that person.
    const alone = await database.roundGroup.create({ data: { roundId, name: "Kun én", position: 1 } });
    await database.roundParticipant.update({ where: { id: target.participantId }, data: { groupId: alone.id } });
    await shareScores(target, 1);
    for (const person of others) await shareScores(person, 8);

    await move(mette, roundId, "startConversations");
    const during = await loadOverview(database, roundId, 5);
    expect(during.progress).toMatchObject({ participants: 6, sheetsShared: 6 });
    expect(during.figures).toBeNull();

    await move(mette, roundId, "startWrapUp");
    const after = (await loadOverview(database, roundId, 5)).figures!;
    const mestring = after.vitalisation!.find((dimension) => dimension.id === "mestring")!;
    expect(mestring.unit).toMatchObject({ n: 6 });
    // Neither group is shown: the five alone would give away the sixth by subtraction from the unit.
    expect(mestring.groups.map((group) => group.figure)).toEqual([null, null]);
    const shown = [mestring.unit, ...mestring.groups.map((group) => group.figure)].filter((figure) => figure !== null);
    for (const figure of shown) expect(figure!.n).toBeGreaterThanOrEqual(5);

    // With a threshold above the unit's size nothing is shown at all.
    const strict = (await loadOverview(database, roundId, 7)).figures!;
    expect(
      strict.vitalisation!.every((dimension) => dimension.unit === null && dimension.groups.every((group) => group.figure === null)),
    ).toBe(true);

    // Two groups of three with threshold 3: both shown, and they add up to the unit.
    await database.roundParticipant.updateMany({
      where: { id: { in: others.slice(0, 2).map((person) => person.participantId) } },
      data: { groupId: alone.id },
    });
    const halves = (await loadOverview(database, roundId, 3)).figures!.vitalisation![0];
    expect(halves.groups.map((group) => group.figure?.n)).toEqual([3, 3]);
  });

  it("counts motivation, practice actions by theme and the needs by form, without names, only from five signed plans", async () => {
    const { mette, roundId, people } = await mettesRound();
    await move(mette, roundId, "startConversations");
    for (const [index, person] of people.slice(0, 4).entries()) {
      await signedPlan(mette, person, (doc) => {
        planValues(doc).set("motivated", index === 0 ? "no" : "yes");
        addAction(doc, {
          what: index === 3 ? "øvebane  0" : `Øvebane ${index}`,
          theme: "Faglighed i opgaveløsningen",
          form: index % 3 === 0 ? "training" : "sparring",
        });
      });
    }
    await move(mette, roundId, "startWrapUp");
    const four = (await loadOverview(database, roundId, 5)).figures!;
    expect(four.signedPlans).toBe(4);
    expect(four.plans).toBeNull();

    await signedPlan(mette, people[4], (doc) => addAction(doc, { what: "Åben dialog med forældre", form: "training" }));
    const five = (await loadOverview(database, roundId, 5)).figures!.plans!;
    expect(five.motivated).toEqual({ yes: 3, no: 1, unclear: 0, unanswered: 1 });
    expect(five.byTheme.find((row) => row.theme === "Faglighed i opgaveløsningen")?.count).toBe(4);
    expect(five.byTheme.find((row) => row.theme === "")?.count).toBe(1);
    // The same wording twice is one line with its count; the order is the alphabet's, not the people's.
    expect(five.byForm.find((row) => row.form === "training")).toEqual({
      form: "training",
      count: 3,
      needs: [
        { text: "Øvebane 0", count: 2 },
        { text: "Åben dialog med forældre", count: 1 },
      ],
    });
    expect(JSON.stringify(five)).not.toContain(people[0].name);
  });
});

describe("GRUS, the wrap-up meeting and the overview notes", () => {
  it("saves field by field for the leader only, detects a stale field, and refuses outside their phases", async () => {
    const { mette, roundId, people } = await mettesRound();
    const colleague = people[0].actor;
    const committee = await actorFor(database, demoEmail("anne.moerch"));
    await expect(
      saveRoundNote(database, mette, { roundId, kind: "overview", changes: [{ key: "gaps", value: "x", baseRevision: 0 }] }),
    ).rejects.toBeInstanceOf(FormError);
    await move(mette, roundId, "startConversations");

    const first = await saveRoundNote(database, mette, {
      roundId,
      kind: "overview",
      changes: [{ key: "gaps", value: "Dansk som andetsprog", baseRevision: 0 }],
    });
    expect(first).toEqual({ saved: { gaps: 1 }, conflicts: [], refused: {} });
    const stale = await saveRoundNote(database, mette, {
      roundId,
      kind: "overview",
      changes: [{ key: "gaps", value: "Noget andet", baseRevision: 0 }],
    });
    expect(stale.conflicts).toEqual([{ key: "gaps", value: "Dansk som andetsprog", revision: 1 }]);

    await expect(
      saveRoundNote(database, colleague, { roundId, kind: "overview", changes: [{ key: "gaps", value: "x", baseRevision: 1 }] }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      saveRoundNote(database, mette, { roundId, kind: "overview", changes: [{ key: "secret", value: "x", baseRevision: 0 }] }),
    ).resolves.toMatchObject({ saved: {}, refused: { secret: expect.any(String) } });

    // GRUS: attendance names the group's members only.
    const group = await database.roundGroup.findFirstOrThrow({ where: { roundId } });
    const grus = { roundId, kind: "grus" as const, groupId: group.id };
    await saveRoundNote(database, mette, {
      ...grus,
      changes: [{ key: "attendees", value: `${people[0].participantId},${people[1].participantId}`, baseRevision: 0 }],
    });
    await expect(
      saveRoundNote(database, mette, { ...grus, changes: [{ key: "attendees", value: mette.id, baseRevision: 1 }] }),
    ).resolves.toMatchObject({ saved: {}, refused: { attendees: expect.any(String) } });

    // The wrap-up agenda opens with the wrap-up; the committee reads it but never writes.
    await expect(
      saveRoundNote(database, mette, { roundId, kind: "wrapUp", changes: [{ key: "status", value: "x", baseRevision: 0 }] }),
    ).rejects.toBeInstanceOf(FormError);
    await move(mette, roundId, "startWrapUp");
    await saveRoundNote(database, mette, {
      roundId,
      kind: "wrapUp",
      changes: [
        { key: "status", value: "Faglighed: stærk", baseRevision: 0 },
        { key: "meetingDate", value: "2027-04-20", baseRevision: 0 },
      ],
    });
    await expect(
      saveRoundNote(database, committee, { roundId, kind: "wrapUp", changes: [{ key: "status", value: "x", baseRevision: 1 }] }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      saveRoundNote(database, mette, {
        roundId,
        kind: "wrapUp",
        changes: [
          { key: "meetingDate", value: "20. april", baseRevision: 1 },
          { key: "status", value: "Faglighed: stærk og stabil", baseRevision: 1 },
        ],
      }),
    ).resolves.toMatchObject({ saved: { status: 2 }, refused: { meetingDate: expect.any(String) } });
  });

  it("publishes the feedback to every participant by e-mail, and refuses an empty one", async () => {
    const { mette, roundId, people } = await mettesRound();
    await move(mette, roundId, "startConversations", "startWrapUp");
    await expect(publishFeedback(database, mette, roundId)).rejects.toBeInstanceOf(FieldError);
    await saveRoundNote(database, mette, {
      roundId,
      kind: "wrapUp",
      changes: [{ key: "feedback", value: "Vi er stærke i samarbejdet.", baseRevision: 0 }],
    });
    await expect(publishFeedback(database, people[0].actor, roundId)).rejects.toBeInstanceOf(AccessDenied);
    expect(await publishFeedback(database, mette, roundId)).toEqual({ recipients: 6 });
    const round = await database.round.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.feedbackPublished).toBe("Vi er stærke i samarbejdet.");
    const mails = await database.outgoingMail.findMany({ where: { subject: { startsWith: "Samlet tilbagemelding" } } });
    expect(mails.map((mail) => mail.to).sort()).toEqual(people.map((person) => person.email).sort());
    expect(mails[0].text).toContain("Vi er stærke i samarbejdet.");
  });

  it("settles each agreement that waited for the wrap-up, tells the employee, and leaves the signed plan as it was", async () => {
    const { mette, roundId, people } = await mettesRound();
    const [aase] = people;
    await move(mette, roundId, "startConversations");
    const planId = await signedPlan(mette, aase, (doc) => {
      addAction(doc, { what: "Kursus i konflikthåndtering", waitsForWrapUp: true });
      addAction(doc, { what: "Lede morgenmødet" });
    });
    await move(mette, roundId, "startWrapUp");
    const before = await loadFollowUpState(database, roundId);
    expect(before.waiting.map((entry) => [entry.name, entry.actionIndex, entry.settlement])).toEqual([[aase.name, 0, null]]);
    expect(before.problems).toContainEqual({ kind: "unsettled", count: 1 });

    await expect(
      settleAgreement(database, mette, { roundId, planId, versionNumber: 1, actionIndex: 1, values: { decision: "agreed", note: "" } }),
    ).rejects.toBeInstanceOf(FormError);
    await expect(
      settleAgreement(database, aase.actor, {
        roundId,
        planId,
        versionNumber: 1,
        actionIndex: 0,
        values: { decision: "agreed", note: "" },
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await settleAgreement(database, mette, {
      roundId,
      planId,
      versionNumber: 1,
      actionIndex: 0,
      values: { decision: "adjusted", note: "Kurset tages i efteråret." },
    });

    const after = await loadFollowUpState(database, roundId);
    expect(after.waiting[0].settlement).toMatchObject({ decision: "adjusted", note: "Kurset tages i efteråret." });
    expect(after.problems.find((problem) => problem.kind === "unsettled")).toBeUndefined();
    const [mail] = await database.outgoingMail.findMany({ where: { to: aase.email!, subject: { contains: "afklaret" } } });
    expect(mail.text).toContain("Kursus i konflikthåndtering");
    expect(mail.text).toContain("Aftalt med ændringer");
    const version = await database.planVersion.findFirstOrThrow({ where: { planId } });
    expect((version.content as { actions: { waitsForWrapUp: boolean }[] }).actions[0].waitsForWrapUp).toBe(true);
  });
});

describe("the joint action plan, follow-up and closing", () => {
  it("refuses a change made on an older version of a row, and reminds the leader once before the due date", async () => {
    const { mette, roundId } = await mettesRound();
    await move(mette, roundId, "startConversations", "startWrapUp");
    const { id } = await addJointAction(database, mette, roundId, {
      what: "Fælles kursus i sprogarbejde",
      dueDate: "2027-05-10",
      who: "Mette og MED",
      followUpHow: "På personalemødet i juni",
    });
    await saveJointAction(database, mette, {
      roundId,
      actionId: id,
      version: 1,
      values: { what: "Fælles kursus i sprogarbejde for alle", dueDate: "2027-05-10", who: "Mette", followUpHow: "" },
    });
    await expect(
      saveJointAction(database, mette, {
        roundId,
        actionId: id,
        version: 1,
        values: { what: "Overskriver", dueDate: "2027-05-10", who: "X", followUpHow: "" },
      }),
    ).rejects.toBeInstanceOf(FormError);
    expect((await database.jointAction.findUniqueOrThrow({ where: { id } })).what).toBe("Fælles kursus i sprogarbejde for alle");

    const early = new Date("2027-04-20T08:00:00Z");
    expect(await sendJointActionReminders(database, early, 7)).toBe(0);
    const week = new Date("2027-05-04T08:00:00Z");
    const runs = await Promise.all([1, 2, 3].map(() => sendJointActionReminders(database, week, 7)));
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await sendJointActionReminders(database, week, 7)).toBe(0);
    const mails = await database.outgoingMail.findMany({
      where: { to: demoEmail("mette.soendergaard"), subject: { startsWith: "Fælles handling" } },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("10. maj 2027");
    // A new due date is a new reminder.
    await saveJointAction(database, mette, {
      roundId,
      actionId: id,
      version: 2,
      values: { what: "Fælles kursus i sprogarbejde for alle", dueDate: "2027-05-08", who: "Mette", followUpHow: "" },
    });
    expect(await sendJointActionReminders(database, week, 7)).toBe(1);
  });

  it("closes only when everything is followed up or carried over; a closed round is read-only and the next round starts from it", async () => {
    const { mette, roundId, people } = await mettesRound();
    const [aase, ...rest] = people;
    await move(mette, roundId, "startConversations");
    const planId = await signedPlan(mette, aase, (doc) => addAction(doc, { what: "Lede morgenmødet" }));
    await move(mette, roundId, "startWrapUp");
    const kept = await addJointAction(database, mette, roundId, {
      what: "Sprogkursus",
      dueDate: "2027-06-01",
      who: "Mette",
      followUpHow: "",
    });
    const carried = await addJointAction(database, mette, roundId, {
      what: "Ny mødeform",
      dueDate: "2027-06-01",
      who: "MED",
      followUpHow: "",
    });
    await move(mette, roundId, "startFollowUp");

    const { version } = await database.round.findUniqueOrThrow({ where: { id: roundId } });
    const refused = advanceRound(database, { actor: mette, roundId, version }, "close");
    await expect(refused).rejects.toThrow(/6 planer er hverken fulgt op eller videreført.*2 fælles handlinger/);

    await recordFollowUp(database, aase.actor, planId, { heldOn: "2027-09-01", note: "Godt i gang", actionStates: ["done"] });
    for (const person of rest) await setCarriedOver(database, mette, { roundId, participantId: person.participantId, carriedOver: true });
    await setJointActionStatus(database, mette, { roundId, actionId: kept.id, version: 1, status: "DONE" });
    await setJointActionStatus(database, mette, { roundId, actionId: carried.id, version: 1, status: "CARRIED_OVER" });
    expect((await loadFollowUpState(database, roundId)).problems).toEqual([]);
    await move(mette, roundId, "close");
    expect((await database.round.findUniqueOrThrow({ where: { id: roundId } })).state).toBe("CLOSED");

    // Read-only: notes, the plan, follow-up and the joint plan all refuse.
    await expect(
      saveRoundNote(database, mette, { roundId, kind: "wrapUp", changes: [{ key: "status", value: "x", baseRevision: 0 }] }),
    ).rejects.toBeInstanceOf(FormError);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadPlanState(database, mette, planId)).state);
    const before = Y.encodeStateVector(doc);
    planValues(doc).set("followUpDate", "2028-01-01");
    await expect(appendPlanUpdate(database, mette, planId, Y.encodeStateAsUpdate(doc, before))).rejects.toBeInstanceOf(FormError);
    await expect(
      recordFollowUp(database, aase.actor, planId, { heldOn: "2027-12-01", note: "", actionStates: ["done"] }),
    ).rejects.toBeInstanceOf(FormError);
    await expect(setJointActionStatus(database, mette, { roundId, actionId: kept.id, version: 2, status: "OPEN" })).rejects.toBeInstanceOf(
      FormError,
    );

    const next = await startNextRound(database, mette, roundId);
    expect(next.title).toBe("MUS 2028");
    const copy = await database.round.findUniqueOrThrow({
      where: { id: next.id },
      include: { jointActions: true, _count: { select: { participants: true, themes: true } } },
    });
    expect(copy).toMatchObject({ state: "PLANNING", year: 2028, previousRoundId: roundId, coreTask: "Kerneopgaven" });
    expect([copy.kickoffDate, copy.conversationsTo, copy.wrapUpDate].map((date) => date.toISOString().slice(0, 10))).toEqual([
      "2028-01-12",
      "2028-03-31",
      "2028-04-20",
    ]);
    expect(copy._count.participants).toBe(6);
    expect(copy.jointActions.map((action) => [action.what, action.status, action.carriedFrom])).toEqual([
      ["Ny mødeform", "OPEN", "MUS 2027"],
    ]);
    await expect(startNextRound(database, mette, roundId)).rejects.toBeInstanceOf(FormError);
    await expect(startNextRound(database, aase.actor, roundId)).rejects.toBeInstanceOf(AccessDenied);
  });
});
