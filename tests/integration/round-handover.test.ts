import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Actor } from "@/lib/access/policy";
import type { SessionActor } from "@/lib/auth/current";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { loadHomeSteps } from "@/lib/domain/next-steps/loaders";
import { applyTextChange, planContent, planText } from "@/lib/domain/plans/doc";
import { loadPlanState } from "@/lib/domain/plans/live/store";
import { openPlan } from "@/lib/domain/plans/mutations/open";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { handoverCandidates } from "@/lib/domain/rounds/handover/data";
import { handOverRound } from "@/lib/domain/rounds/handover/mutations";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { createRound } from "@/lib/domain/rounds/mutations/create";
import { saveLeaderNoteChanges } from "@/lib/domain/sheets/mutations";
import { loadTemplates } from "@/lib/domain/templates/data";
import { saveRoundNote } from "@/lib/domain/wrap-up/mutations/notes";
import { receivePlanUpdate } from "@/lib/realtime/plan-requests";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// Several leaders in one unit, each with their own round; and a round handed over to another leader.

const database = testDatabase();
const at = demoEmail;
let municipalityId = "";

const handedOver = (leader: string) => new FormError(`Runden er overdraget til ${leader}. Du kan ikke længere ændre i den.`);
const booking = { date: "2027-02-10", time: "09:30", durationMinutes: 60, location: "Kontoret" };

/** A second department leader in Mette's unit (Dagtilbud Solstrålen), with two employees of his own. */
async function addLars() {
  const unit = await database.unit.findFirstOrThrow({ where: { name: "Dagtilbud Solstrålen" } });
  const karen = await database.person.findUniqueOrThrow({ where: { email: at("karen.hoejgaard") } });
  const lars = await database.person.create({
    data: { municipalityId, unitId: unit.id, managerId: karen.id, name: "Lars Holm", email: at("lars.holm"), jobTitle: "Afdelingsleder" },
  });
  for (const [name, local] of [
    ["Sofie Bach", "sofie.bach"],
    ["Nikolaj Eg", "nikolaj.eg"],
  ])
    await database.person.create({
      data: { municipalityId, unitId: unit.id, managerId: lars.id, name, email: at(local), jobTitle: "Pædagog" },
    });
  return actorFor(database, at("lars.holm"));
}

const actor = (local: string) => actorFor(database, at(local));
const version = async (roundId: string) => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;
const hand = (by: Actor, roundId: string, toLeaderId: string, handOverNotes = false) =>
  handOverRound(database, { actor: by, municipalityId, roundId, values: { toLeaderId, handOverNotes, confirmed: true } });

async function signHash(planId: string, as: Actor) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, as, planId)).state);
  return contentHash(planContent(doc));
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
});

describe("several leaders in one unit", () => {
  it("each create, publish and run their own round the same year, with only their own people, and nothing leaks", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const mettes = await publishedRound(database, mette);
    const larss = await publishedRound(database, lars);
    const rounds = await database.round.findMany({
      where: { id: { in: [mettes, larss] } },
      include: { participants: { include: { person: true } } },
    });
    expect(new Set(rounds.map((round) => round.unitId)).size).toBe(1);
    const people = (id: string) =>
      rounds
        .find((round) => round.id === id)!
        .participants.map((participant) => participant.person.name)
        .sort();
    expect(people(larss)).toEqual(["Nikolaj Eg", "Sofie Bach"]);
    expect(people(mettes)).toHaveLength(6);
    expect(people(mettes)).not.toContain("Sofie Bach");

    // Each runs theirs; neither reaches the other's.
    const sofie = await participantOf(database, larss, at("sofie.bach"));
    await scheduleConversation(database, { actor: lars, roundId: larss, version: await version(larss) }, sofie.id, booking);
    await expect(
      scheduleConversation(database, { actor: mette, roundId: larss, version: await version(larss) }, sofie.id, booking),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      saveLeaderNoteChanges(database, mette, sofie.id, [{ key: "experience", value: "x", baseRevision: 0 }]),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(openPlan(database, mette, larss, sofie.id)).rejects.toBeInstanceOf(AccessDenied);
    await saveLeaderNoteChanges(database, lars, sofie.id, [{ key: "experience", value: "Rolig og grundig.", baseRevision: 0 }]);

    const home = async (who: Actor) => loadHomeSteps(who, database);
    expect((await home(mette)).leading.map((item) => item.round.id)).toEqual([mettes]);
    expect((await home(lars)).leading.map((item) => item.round.id)).toEqual([larss]);
    const sofiesSteps = await home(await actor("sofie.bach"));
    expect(sofiesSteps.participating.map((item) => item.round)).toEqual([expect.objectContaining({ id: larss, leader: "Lars Holm" })]);

    // One open round of a kind per leader and year: Lars's second MUS 2027 is refused, Mette's was not.
    const template = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === "kombineret")!;
    await expect(
      createRound(database, {
        actor: lars,
        municipalityId,
        values: {
          kind: "MUS",
          templateId: template.id,
          title: "MUS 2027 igen",
          year: 2027,
          focus: "",
          kickoffDate: "2027-01-12",
          conversationsFrom: "2027-02-01",
          conversationsTo: "2027-03-31",
          wrapUpDate: "2027-04-20",
          followUpDate: "2027-10-01",
        },
      }),
    ).rejects.toMatchObject(new FieldError("year", "Du har allerede en åben MUS-runde for 2027. Afslut den, før du opretter en ny."));
  });
});

describe("handing a round over", () => {
  it("by its leader: the round, its bookings and unsigned plans move; notes, signed plans and the audit trail stay", async () => {
    const mette = await actor("mette.soendergaard");
    const aase = await actor("aase.kirkegaard");
    const freja = await actor("freja.lund");
    const lars = await addLars();
    const roundId = await publishedRound(database, mette);
    const aaseIn = await participantOf(database, roundId, at("aase.kirkegaard"));
    const frejaIn = await participantOf(database, roundId, at("freja.lund"));
    await scheduleConversation(database, { actor: mette, roundId, version: await version(roundId) }, aaseIn.id, booking);
    await saveLeaderNoteChanges(database, mette, aaseIn.id, [{ key: "experience", value: "Mettes egen note.", baseRevision: 0 }]);
    // Åse's plan signed by both before the handover; Freja's approved by Freja only.
    const { planId: aasePlan } = await openPlan(database, mette, roundId, aaseIn.id);
    await approvePlan(database, aase, aasePlan, await signHash(aasePlan, aase));
    expect(await approvePlan(database, mette, aasePlan, await signHash(aasePlan, mette))).toEqual({ number: 1, signed: true });
    const { planId: frejaPlan } = await openPlan(database, mette, roundId, frejaIn.id);
    await approvePlan(database, freja, frejaPlan, await signHash(frejaPlan, freja));
    const mailsBefore = await database.outgoingMail.count();

    expect(await hand(mette, roundId, lars.id)).toEqual({ toLeader: "Lars Holm", notesMoved: 0 });

    const round = await database.round.findUniqueOrThrow({ where: { id: roundId }, include: { handovers: true } });
    expect(round.leaderId).toBe(lars.id);
    expect(round.handovers).toEqual([
      expect.objectContaining({ fromLeaderId: mette.id, toLeaderId: lars.id, byId: mette.id, notesHandedOver: false }),
    ]);
    expect(await database.auditEvent.findMany({ where: { action: "round.handover", resourceId: roundId } })).toEqual([
      expect.objectContaining({ actorId: mette.id, details: expect.objectContaining({ from: mette.id, to: lars.id, notesMoved: 0 }) }),
    ]);
    // Mail to the old leader, the new one and the six participants, in the same transaction.
    const all = await database.outgoingMail.findMany({ orderBy: { id: "asc" }, skip: mailsBefore });
    const queued = all.filter((mail) => mail.subject === "MUS: MUS 2027 har fået ny leder");
    expect(queued.map((mail) => mail.to).sort()).toEqual(
      [
        "mette.soendergaard",
        "lars.holm",
        "aase.kirkegaard",
        "anne.moerch",
        "freja.lund",
        "ida.vestergaard",
        "jonas.broendum",
        "mikkel.thoegersen",
      ]
        .map(at)
        .sort(),
    );
    expect(queued.find((mail) => mail.to === at("aase.kirkegaard"))!.text).toContain("Lars Holm overtager efter Mette Søndergård");
    expect(queued.find((mail) => mail.to === at("mette.soendergaard"))!.text).toContain("Dine noter om deltagerne er blevet hos dig");
    // Åse's booked conversation: the same calendar event, now organised by Lars, and gone from Mette's calendar.
    const conversation = await database.conversation.findUniqueOrThrow({ where: { participantId: aaseIn.id } });
    expect(conversation.icsSequence).toBe(1);
    const calendars = all.filter((mail) => mail.calendar !== null);
    expect(calendars.map((mail) => [mail.to, (mail.calendar as { method: string }).method]).sort()).toEqual(
      [
        [at("aase.kirkegaard"), "REQUEST"],
        [at("lars.holm"), "REQUEST"],
        [at("mette.soendergaard"), "CANCEL"],
      ].sort(),
    );
    for (const mail of calendars) {
      const ics = (mail.calendar as { content: string }).content;
      expect(ics).toContain(`UID:${conversation.icsUid}`);
      expect(ics).toContain("SEQUENCE:1");
    }
    const request = calendars.find((mail) => mail.to === at("aase.kirkegaard"))!;
    expect((request.calendar as { content: string }).content).toContain('ORGANIZER;CN="Lars Holm":mailto:lars.holm@vesteraa.example');
    expect(request.text).toContain("holdes nu af Lars Holm i stedet for Mette Søndergård");

    // The old leader's note stays hers: the new leader writes his own beside it, and never sees hers.
    await saveLeaderNoteChanges(database, lars, aaseIn.id, [{ key: "experience", value: "Lars' note.", baseRevision: 0 }]);
    const notes = await database.leaderNote.findMany({ where: { participantId: aaseIn.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((note) => [note.authorId, note.fields])).toEqual([
      [mette.id, { experience: "Mettes egen note." }],
      [lars.id, { experience: "Lars' note." }],
    ]);

    // The old leader writes no more, and is told why.
    await expect(
      scheduleConversation(database, { actor: mette, roundId, version: await version(roundId) }, aaseIn.id, booking),
    ).rejects.toMatchObject(handedOver("Lars Holm"));
    await expect(
      saveLeaderNoteChanges(database, mette, aaseIn.id, [{ key: "experience", value: "x", baseRevision: 1 }]),
    ).rejects.toMatchObject(handedOver("Lars Holm"));
    await expect(approvePlan(database, mette, frejaPlan, await signHash(frejaPlan, freja))).rejects.toMatchObject(handedOver("Lars Holm"));
    await expect(
      saveRoundNote(database, mette, { roundId, kind: "overview", changes: [{ key: "x", value: "x", baseRevision: 0 }] }),
    ).rejects.toMatchObject(handedOver("Lars Holm"));

    // The new leader goes on: moves the booking, and his approval signs Freja's plan.
    await expect(
      scheduleConversation(database, { actor: lars, roundId, version: await version(roundId) }, aaseIn.id, { ...booking, time: "11:00" }),
    ).resolves.toMatchObject({ moved: true });
    expect(await approvePlan(database, lars, frejaPlan, await signHash(frejaPlan, lars))).toEqual({ number: 1, signed: true });
    // Åse's plan stays as it was signed, with Mette's approval.
    const signed = await database.planVersion.findFirstOrThrow({ where: { planId: aasePlan }, include: { approvals: true } });
    expect(signed.signedAt).not.toBeNull();
    expect(signed.approvals.map((approval) => approval.personId).sort()).toEqual([aase.id, mette.id].sort());
  });

  it("takes the old leader's notes along only when the old leader chooses it, and records it for each person", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const roundId = await publishedRound(database, mette);
    const aaseIn = await participantOf(database, roundId, at("aase.kirkegaard"));
    await saveLeaderNoteChanges(database, mette, aaseIn.id, [{ key: "experience", value: "Mettes egen note.", baseRevision: 0 }]);

    expect(await hand(mette, roundId, lars.id, true)).toEqual({ toLeader: "Lars Holm", notesMoved: 1 });
    const [note] = await database.leaderNote.findMany({ where: { participantId: aaseIn.id } });
    expect(note.authorId).toBe(lars.id);
    expect(await database.auditEvent.findMany({ where: { action: "note.handover" } })).toEqual([
      expect.objectContaining({ actorId: mette.id, resourceId: note.id, subjectId: aaseIn.personId }),
    ]);
    // Lars goes on writing in the note he was given.
    await expect(
      saveLeaderNoteChanges(database, lars, aaseIn.id, [{ key: "experience", value: "Videreført.", baseRevision: 1 }]),
    ).resolves.toMatchObject({ conflicts: [] });
  });

  it("by the leader's own leader and by an administrator; refused for anyone else and to anyone unsuitable", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const karen = await actor("karen.hoejgaard");
    const lone = await actor("lone.moelgaard");
    const admin = await actor("peter.jaeger");
    const roundId = await publishedRound(database, mette);

    for (const other of ["ole.baekgaard", "freja.lund", "birgitte.dalsgaard", "rasmus.krogh"])
      await expect(hand(await actor(other), roundId, lars.id)).rejects.toBeInstanceOf(AccessDenied);
    // The notes are Mette's to give: her leader may move the round, not her notes.
    await expect(hand(karen, roundId, lars.id, true)).rejects.toMatchObject(
      new FieldError(
        "handOverNotes",
        "Lederens egne noter om deltagerne bliver hos lederen. Kun lederen selv kan vælge at give dem videre.",
      ),
    );
    // Unsuitable: a participant, someone who leads nobody and is not above, someone who has left, the leader herself.
    const unsuitable = (name: string) =>
      `${name} kan ikke overtage runden. Den nye leder skal være aktiv i kommunen, må ikke selv deltage i runden og skal lede medarbejdere eller være leder over rundens nuværende leder.`;
    await expect(hand(mette, roundId, (await actor("freja.lund")).id)).rejects.toMatchObject(
      new FieldError("toLeaderId", unsuitable("Freja Lund")),
    );
    await expect(hand(mette, roundId, (await actor("rasmus.krogh")).id)).rejects.toMatchObject(
      new FieldError("toLeaderId", unsuitable("Rasmus Krogh")),
    );
    await database.person.update({ where: { id: (await actor("ole.baekgaard")).id }, data: { active: false } });
    await expect(hand(mette, roundId, (await actor("ole.baekgaard")).id)).rejects.toMatchObject(
      new FieldError("toLeaderId", unsuitable("Ole Bækgaard")),
    );
    await expect(hand(mette, roundId, mette.id)).rejects.toMatchObject({ field: "toLeaderId" });
    const offered = (await handoverCandidates(database, { id: roundId, municipalityId, leaderId: mette.id })).map((person) => person.name);
    expect(offered).toEqual(expect.arrayContaining(["Lars Holm", "Karen Højgaard", "Lone Friis Mølgaard"]));
    expect(offered).not.toEqual(expect.arrayContaining(["Freja Lund"]));
    expect(offered).not.toContain("Rasmus Krogh");
    expect(offered).not.toContain("Ole Bækgaard");
    expect(offered).not.toContain("Mette Søndergård");

    // Karen (above Mette) hands it to Lars; Lone (above Lars, two levels) hands it back; the administrator to Karen.
    await hand(karen, roundId, lars.id);
    await hand(lone, roundId, mette.id);
    await hand(admin, roundId, karen.id);
    const history = await database.roundHandover.findMany({ where: { roundId }, orderBy: { at: "asc" } });
    expect(history.map((row) => [row.byId, row.fromLeaderId, row.toLeaderId])).toEqual([
      [karen.id, mette.id, lars.id],
      [lone.id, lars.id, mette.id],
      [admin.id, mette.id, karen.id],
    ]);
    expect(await database.auditEvent.count({ where: { action: "round.handover", resourceId: roundId } })).toBe(3);
  });

  it("in the live plan: the old leader's next keystroke is refused, the new leader's taken at once", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const roundId = await publishedRound(database, mette);
    const aaseIn = await participantOf(database, roundId, at("aase.kirkegaard"));
    const { planId } = await openPlan(database, mette, roundId, aaseIn.id);
    const aase = await actor("aase.kirkegaard");
    const session = (who: Actor): SessionActor => ({ ...who, name: "", email: "", municipalityId, sessionId: randomUUID() });
    const keystroke = async (who: Actor, text: string) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await loadPlanState(database, aase, planId)).state);
      const before = Y.encodeStateVector(doc);
      applyTextChange(planText(doc, "goals"), planText(doc, "goals").toString() + text);
      const body = new Uint8Array(Y.encodeStateAsUpdate(doc, before));
      return receivePlanUpdate(
        database,
        session(who),
        planId,
        new Request("http://localhost/api", { method: "POST", body, headers: { "content-length": String(body.byteLength) } }),
      );
    };
    // Mette types (her parties are now remembered by the route), then the round goes to Lars.
    expect((await keystroke(mette, "Før. ")).status).toBe(200);
    await hand(mette, roundId, lars.id);
    await expect(keystroke(mette, "Efter. ")).rejects.toBeInstanceOf(AccessDenied);
    expect((await keystroke(lars, "Lars skriver. ")).status).toBe(200);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadPlanState(database, lars, planId)).state);
    expect(planContent(doc).goals).toContain("Før.");
    expect(planContent(doc).goals).toContain("Lars skriver.");
    expect(planContent(doc).goals).not.toContain("Efter.");
  });

  it("racing an edit by the old leader: the edit is either saved before it or refused after it, never lost or let through", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const roundId = await publishedRound(database, mette);
    const aaseIn = await participantOf(database, roundId, at("aase.kirkegaard"));
    const current = await version(roundId);
    const [edit, handover] = await Promise.allSettled([
      scheduleConversation(database, { actor: mette, roundId, version: current }, aaseIn.id, booking),
      hand(mette, roundId, lars.id),
    ]);
    expect(handover.status).toBe("fulfilled");
    const conversation = await database.conversation.findUnique({ where: { participantId: aaseIn.id } });
    if (edit.status === "fulfilled") expect(conversation).not.toBeNull();
    else {
      expect(edit.reason).toMatchObject(handedOver("Lars Holm"));
      expect(conversation).toBeNull();
    }
    await expect(
      scheduleConversation(database, { actor: mette, roundId, version: await version(roundId) }, aaseIn.id, booking),
    ).rejects.toMatchObject(handedOver("Lars Holm"));
  });

  it("is refused for a closed round", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const roundId = await publishedRound(database, mette);
    await database.round.update({ where: { id: roundId }, data: { state: "CLOSED", closedAt: new Date() } });
    await expect(hand(mette, roundId, lars.id)).rejects.toMatchObject(new FormError("Runden er afsluttet og kan ikke overdrages."));
  });
});

describe("a leader who stops", () => {
  it("leaves their open round on the start page of the nearest active leader above, until it is handed over", async () => {
    const mette = await actor("mette.soendergaard");
    const karen = await actor("karen.hoejgaard");
    const lone = await actor("lone.moelgaard");
    const lars = await addLars();
    const roundId = await publishedRound(database, mette);
    const waiting = async (who: Actor) => (await loadHomeSteps(who, database)).withoutLeader;
    expect(await waiting(karen)).toEqual([]);

    await database.person.update({ where: { id: mette.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await waiting(karen)).toEqual([
      {
        round: expect.objectContaining({ id: roundId, leader: "Mette Søndergård" }),
        next: { step: "handOverRound", href: `/runder/overdragelse/${roundId}`, leader: "Mette Søndergård" },
      },
    ]);
    expect(await waiting(lone)).toEqual([]);
    // With Karen gone too, it goes one step further up.
    await database.person.update({ where: { id: karen.id }, data: { active: false, deactivatedAt: new Date() } });
    expect((await waiting(lone)).map((item) => item.round.id)).toEqual([roundId]);

    // Lone hands it to Lars; no mail goes to the leader who has stopped.
    await hand(lone, roundId, lars.id);
    expect(await waiting(lone)).toEqual([]);
    expect(await database.outgoingMail.count({ where: { to: at("mette.soendergaard"), subject: { contains: "ny leder" } } })).toBe(0);
    expect(await database.outgoingMail.count({ where: { to: at("lars.holm"), subject: { contains: "ny leder" } } })).toBe(1);
  });
});
