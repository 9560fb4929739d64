import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { actionsOf, addAction, applyTextChange, planContent, planText, planValues } from "@/lib/domain/plans/doc";
import { bringEarlierActions } from "@/lib/domain/plans/carry-over/mutations";
import { earlierActionsOffer } from "@/lib/domain/plans/carry-over/data";
import { bookMiniMus, recordFollowUp } from "@/lib/domain/plans/mutations/follow-up";
import { sendFollowUpMails } from "@/lib/domain/plans/jobs/follow-up-mail";
import { prefillFromSheet } from "@/lib/domain/plans/mutations/prefill";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { advanceRound, setCarriedOver } from "@/lib/domain/wrap-up/mutations/phase";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

const database = testDatabase();
type Actor = Awaited<ReturnType<typeof actorFor>>;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function stored(planId: string, actor: Actor) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  return doc;
}

/** Writes into the stored plan as `actor` would from a browser. */
async function edit(planId: string, actor: Actor, change: (doc: Y.Doc) => void) {
  const doc = await stored(planId, actor);
  const before = Y.encodeStateVector(doc);
  change(doc);
  await appendPlanUpdate(database, actor, planId, Y.encodeStateAsUpdate(doc, before));
}

/** Both parties approve what is stored now. */
async function signNow(planId: string, a: Actor, b: Actor) {
  const hash = contentHash(planContent(await stored(planId, a)));
  await approvePlan(database, a, planId, hash);
  return approvePlan(database, b, planId, hash);
}

async function signedPlan() {
  const { mette, aase, participant, roundId } = await aaseInMettesRound(database);
  const planId = await ensurePlan(database, participant.id);
  await edit(planId, mette, (doc) => {
    applyTextChange(planText(doc, "goals"), "Blive tryg i at lede møder");
    addAction(doc, { what: "Lede morgenmødet", who: "Åse" });
    addAction(doc, { what: "Skrive en overleveringsguide", who: "Åse og Mette" });
    planValues(doc).set("followUpDate", "2027-09-15");
  });
  expect(await signNow(planId, mette, aase)).toEqual({ number: 1, signed: true });
  return { mette, aase, planId, roundId };
}

/**
 * Takes a round through the conversations and the wrap-up to closed, as its leader does: `beforeClosing`
 * runs in the follow-up phase (record follow-ups there), then every plan not followed up is carried over.
 */
async function closeRound(leader: Actor, roundId: string, beforeClosing: () => Promise<unknown> = async () => {}) {
  const step = async (name: "startConversations" | "startWrapUp" | "startFollowUp" | "close") => {
    const { version } = await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } });
    await advanceRound(database, { actor: leader, roundId, version }, name);
  };
  for (const name of ["startConversations", "startWrapUp", "startFollowUp"] as const) await step(name);
  await beforeClosing();
  for (const participant of await database.roundParticipant.findMany({ where: { roundId } })) {
    await setCarriedOver(database, leader, { roundId, participantId: participant.id, carriedOver: true });
  }
  await step("close");
}

/** Åse's plan in next year's round, as it starts. */
async function nextYearsPlan(leader: Actor, aase: Actor) {
  const nextRound = await publishedRound(database, leader, { year: 2028 });
  const next = await participantOf(database, nextRound, demoEmail("aase.kirkegaard"));
  return planContent(await stored(await ensurePlan(database, next.id), aase));
}

const miniMails = (email: string) =>
  database.outgoingMail.findMany({ where: { to: email, subject: { contains: "mini-MUS", mode: "insensitive" } }, orderBy: { id: "asc" } });

describe("follow-up on a signed plan", () => {
  it("keeps follow-up notes with each action's state, for the two parties only and only once signed", async () => {
    const { mette, aase, participant } = await aaseInMettesRound(database);
    const planId = await ensurePlan(database, participant.id);
    const values = {
      heldOn: "2027-06-01",
      note: "Morgenmødet går godt.",
      actionStates: [] as ("notStarted" | "started" | "done" | "dropped")[],
    };
    await expect(recordFollowUp(database, aase, planId, values)).rejects.toThrow(FormError);

    await edit(planId, mette, (doc) => addAction(doc, { what: "Lede morgenmødet" }));
    await signNow(planId, mette, aase);
    await recordFollowUp(database, aase, planId, { ...values, actionStates: ["started"] });
    const [followUp] = await database.planFollowUp.findMany({ where: { planId } });
    expect(followUp).toMatchObject({ versionNumber: 1, note: "Morgenmødet går godt.", actionStates: ["started"], authorId: aase.id });

    // A form made for another signed version (two actions against one) is refused, not stored wrongly.
    await expect(recordFollowUp(database, mette, planId, { ...values, actionStates: ["done", "done"] })).rejects.toThrow(FormError);
    const colleague = await actorFor(database, demoEmail("birgitte.dalsgaard"));
    await expect(recordFollowUp(database, colleague, planId, { ...values, actionStates: ["done"] })).rejects.toBeInstanceOf(AccessDenied);
    expect(await database.planFollowUp.count({ where: { planId } })).toBe(1);
    expect(await database.auditEvent.count({ where: { action: "plan.followUp", subjectId: aase.id } })).toBe(1);
  });

  it("books a mini-MUS as one calendar event for both; moving it keeps the UID and raises SEQUENCE", async () => {
    const { mette, aase, planId } = await signedPlan();
    expect(
      await bookMiniMus(database, aase, planId, { date: "2027-09-15", time: "09:30", durationMinutes: 15, location: "Mødelokale 2" }),
    ).toEqual({ moved: false });
    expect(
      await bookMiniMus(database, mette, planId, { date: "2027-09-16", time: "10:00", durationMinutes: 15, location: "Mødelokale 2" }),
    ).toEqual({ moved: true });
    for (const email of [demoEmail("aase.kirkegaard"), demoEmail("mette.soendergaard")]) {
      const [booked, moved] = await miniMails(email);
      expect(booked.subject).toBe("Mini-MUS 15. september 2027 kl. 09.30");
      expect(moved.subject).toMatch(/^Flyttet: mini-MUS 16\. september 2027/);
      const [first, second] = [booked, moved].map((mail) => (mail.calendar as { content: string }).content);
      const uid = /UID:(.*)/.exec(first)![1];
      expect(second).toContain(`UID:${uid}`);
      expect(first).toContain("SEQUENCE:0");
      expect(second).toContain("SEQUENCE:1");
      expect(second).toContain("DTSTART;TZID=Europe/Copenhagen:20270916T100000");
    }
  });

  it("mails both parties on the follow-up date exactly once, also when two instances run the job at the same time", async () => {
    const { mette, aase, planId } = await signedPlan();
    expect(await sendFollowUpMails(database, new Date("2027-09-14T20:00:00Z"))).toBe(0); // 22:00 in Copenhagen, the day before
    const onTheDay = new Date("2027-09-14T22:30:00Z"); // 00:30 on the 15th in Copenhagen
    const runs = await Promise.all([
      sendFollowUpMails(database, onTheDay),
      sendFollowUpMails(database, onTheDay),
      sendFollowUpMails(database, onTheDay),
    ]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await sendFollowUpMails(database, new Date("2027-09-20T10:00:00Z"))).toBe(0);
    const due = await database.outgoingMail.findMany({ where: { subject: "Tid til opfølgning på kompetenceudviklingsplanen" } });
    expect(due.map((mail) => mail.to).sort()).toEqual([demoEmail("aase.kirkegaard"), demoEmail("mette.soendergaard")]);
    expect(due[0].text).toContain("15. september 2027");

    // A new signed version with a new date gets its own e-mail, once.
    await edit(planId, aase, (doc) => planValues(doc).set("followUpDate", "2027-12-01"));
    await signNow(planId, aase, mette);
    expect(await sendFollowUpMails(database, new Date("2027-12-01T08:00:00Z"))).toBe(1);
    expect(await sendFollowUpMails(database, new Date("2027-12-01T09:00:00Z"))).toBe(0);
    expect(await database.outgoingMail.count({ where: { subject: "Tid til opfølgning på kompetenceudviklingsplanen" } })).toBe(4);
  });

  it("carries the unfinished actions of last year's plan into the next round's plan, marked with the round", async () => {
    const { mette, aase, planId, roundId } = await signedPlan();
    await closeRound(mette, roundId, () =>
      recordFollowUp(database, mette, planId, { heldOn: "2027-09-15", note: "", actionStates: ["done", "started"] }),
    );
    const content = await nextYearsPlan(mette, aase);
    expect(content.actions).toHaveLength(1);
    expect(content.actions[0]).toMatchObject({
      what: "Skrive en overleveringsguide",
      who: "Åse og Mette",
      carriedFrom: "MUS 2027",
      waitsForWrapUp: false,
    });
    expect(content.goals).toBe("");
    // The earlier plan is untouched.
    expect(planContent(await stored(planId, aase)).actions).toHaveLength(2);
  });

  it("carries nothing from a round still running, even a signed plan never followed up", async () => {
    const { mette, aase } = await signedPlan();
    // Last year's round is published and its plan signed, but it was never followed up or closed.
    expect((await nextYearsPlan(mette, aase)).actions).toEqual([]);
  });

  it("carries nothing from a plan that was never signed, even when its round has closed", async () => {
    const { mette, participant, roundId } = await aaseInMettesRound(database);
    const aase = await actorFor(database, demoEmail("aase.kirkegaard"));
    const planId = await ensurePlan(database, participant.id);
    await edit(planId, mette, (doc) => addAction(doc, { what: "Et udkast, ingen skrev under på", who: "Åse" }));
    await closeRound(mette, roundId);
    expect((await nextYearsPlan(mette, aase)).actions).toEqual([]);
  });

  it("carries every action of a closed round's signed plan that no follow-up marked finished", async () => {
    const { mette, aase, roundId } = await signedPlan();
    await closeRound(mette, roundId);
    expect((await nextYearsPlan(mette, aase)).actions.map((action) => [action.what, action.carriedFrom])).toEqual([
      ["Lede morgenmødet", "MUS 2027"],
      ["Skrive en overleveringsguide", "MUS 2027"],
    ]);
  });

  it("carries across with the same leader by itself, and the carrying is in the audit log", async () => {
    const { mette, aase, planId, roundId } = await signedPlan();
    await closeRound(mette, roundId);
    const nextRound = await publishedRound(database, mette, { year: 2028 });
    const next = await participantOf(database, nextRound, demoEmail("aase.kirkegaard"));
    const nextPlan = await ensurePlan(database, next.id, mette.id);
    expect(await ensurePlan(database, next.id, aase.id)).toBe(nextPlan); // made once, audited once
    expect(planContent(await stored(nextPlan, aase)).actions.map((action) => action.what)).toEqual([
      "Lede morgenmødet",
      "Skrive en overleveringsguide",
    ]);
    const audits = await database.auditEvent.findMany({ where: { action: "plan.carryActions" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: mette.id,
      subjectId: aase.id,
      resourceId: nextPlan,
      details: { how: "automatic", fromPlanId: planId, fromVersion: 1, actions: 2 },
    });
    // Nothing left for the employee to bring: it came by itself.
    const { state } = await database.plan.findUniqueOrThrow({ where: { id: nextPlan } });
    expect(
      await earlierActionsOffer(database, aase, { participantId: next.id, employeeId: aase.id, leaderId: mette.id, state, editable: true }),
    ).toBeNull();
  });

  it("carries nothing to a new leader; the employee may bring the signed actions' texts along, once, audited", async () => {
    const { mette, aase, planId, roundId } = await signedPlan();
    await closeRound(mette, roundId, () =>
      recordFollowUp(database, mette, planId, { heldOn: "2027-09-15", note: "", actionStates: ["done", "started"] }),
    );
    const ole = await actorFor(database, demoEmail("ole.baekgaard"));
    await database.person.update({ where: { id: aase.id }, data: { managerId: ole.id } });
    const nextRound = await publishedRound(database, ole, { year: 2028 });
    const next = await participantOf(database, nextRound, demoEmail("aase.kirkegaard"));
    const nextPlan = await ensurePlan(database, next.id, ole.id);
    expect(planContent(await stored(nextPlan, ole)).actions).toEqual([]);
    expect(await database.auditEvent.count({ where: { action: "plan.carryActions" } })).toBe(0);

    const offer = async (who: Actor) => {
      const { state } = await database.plan.findUniqueOrThrow({ where: { id: nextPlan } });
      return earlierActionsOffer(database, who, { participantId: next.id, employeeId: aase.id, leaderId: ole.id, state, editable: true });
    };
    expect(await offer(ole)).toBeNull();
    expect(await offer(aase)).toEqual({ roundTitle: "MUS 2027", count: 1 });
    // The new leader cannot pull the earlier plan in; only the employee chooses.
    await expect(bringEarlierActions(database, ole, nextPlan)).rejects.toBeInstanceOf(AccessDenied);
    expect(await bringEarlierActions(database, aase, nextPlan)).toEqual({ brought: 1 });
    const content = planContent(await stored(nextPlan, ole));
    expect(content.actions).toHaveLength(1);
    expect(content.actions[0]).toMatchObject({
      what: "Skrive en overleveringsguide",
      who: "Åse og Mette",
      carriedFrom: "MUS 2027",
      byWhen: "",
      theme: "",
      subtasks: [],
    });
    expect(content.goals).toBe("");
    const audits = await database.auditEvent.findMany({ where: { action: "plan.carryActions" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: aase.id,
      subjectId: aase.id,
      resourceId: nextPlan,
      details: { how: "employeeChoice", fromPlanId: planId, fromVersion: 1, actions: 1 },
    });
    await expect(bringEarlierActions(database, aase, nextPlan)).rejects.toThrow(FormError);
    expect(await offer(aase)).toBeNull();
    expect(planContent(await stored(nextPlan, aase)).actions).toHaveLength(1);
  });

  it("never carries an unsigned draft, neither by itself nor by the employee's choice", async () => {
    const { mette, aase, participant, roundId } = await aaseInMettesRound(database);
    const planId = await ensurePlan(database, participant.id);
    await edit(planId, mette, (doc) => addAction(doc, { what: "Et udkast, ingen skrev under på", who: "Åse" }));
    await closeRound(mette, roundId);
    const ole = await actorFor(database, demoEmail("ole.baekgaard"));
    await database.person.update({ where: { id: aase.id }, data: { managerId: ole.id } });
    const nextRound = await publishedRound(database, ole, { year: 2028 });
    const next = await participantOf(database, nextRound, demoEmail("aase.kirkegaard"));
    const nextPlan = await ensurePlan(database, next.id, aase.id);
    const { state } = await database.plan.findUniqueOrThrow({ where: { id: nextPlan } });
    expect(
      await earlierActionsOffer(database, aase, { participantId: next.id, employeeId: aase.id, leaderId: ole.id, state, editable: true }),
    ).toBeNull();
    await expect(bringEarlierActions(database, aase, nextPlan)).rejects.toThrow(FormError);
    expect(planContent(await stored(nextPlan, aase)).actions).toEqual([]);
    expect(await database.auditEvent.count({ where: { action: "plan.carryActions" } })).toBe(0);
  });

  it("opens the conversation with the employee's wish from the shared sheet, once, never over what is written", async () => {
    const { mette, participant } = await aaseInMettesRound(database);
    const planId = await ensurePlan(database, participant.id);
    const sheet = { startWith: "mening", otherIndividual: "Jeg vil gerne tale om min arbejdstid." };
    await Promise.all([prefillFromSheet(database, planId, sheet), prefillFromSheet(database, planId, sheet)]);
    let content = planContent(await stored(planId, mette));
    expect(content.startWith).toBe("mening");
    expect(content.expectations).toBe("Jeg vil gerne tale om min arbejdstid.");

    await edit(planId, mette, (doc) => {
      planValues(doc).set("startWith", "autonomi");
      applyTextChange(planText(doc, "expectations"), "Arbejdstid og nye opgaver.");
    });
    await prefillFromSheet(database, planId, sheet);
    content = planContent(await stored(planId, mette));
    expect(content.startWith).toBe("autonomi");
    expect(content.expectations).toBe("Arbejdstid og nye opgaver.");
    expect(actionsOf(await stored(planId, mette)).length).toBe(0);
  });
});
