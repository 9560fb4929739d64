import { beforeEach, describe, expect, it } from "vitest";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { sendDueReminders } from "@/lib/domain/sheets/reminders";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

const database = testDatabase();
const at = demoEmail;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function setting() {
  const found = await aaseInMettesRound(database);
  return { ...found, question: found.participant.group.questions[0].id };
}

describe("the preparation sheet", () => {
  it("is written by its owner only: not the leader, a colleague, HR or the committee", async () => {
    const { aase, participant, question } = await setting();
    const change = [{ key: `answer.${question}.contribute`, value: "Jeg tager ansvar for legepladsen.", baseRevision: 0 }];
    await expect(saveSheetChanges(database, aase, participant.id, change)).resolves.toMatchObject({
      saved: { [change[0].key]: 1 },
      conflicts: [],
    });
    for (const who of ["mette.soendergaard", "freja.lund", "birgitte.dalsgaard", "anne.moerch", "peter.jaeger"]) {
      await expect(saveSheetChanges(database, await actorFor(database, at(who)), participant.id, change)).rejects.toBeInstanceOf(
        AccessDenied,
      );
    }
    const sheet = await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(sheet.fields).toEqual({ [change[0].key]: "Jeg tager ansvar for legepladsen." });
    expect(await database.auditEvent.count({ where: { action: "sheet.update", subjectId: aase.id } })).toBe(1);
  });

  it("refuses a bad value next to its field and still stores the other fields of the same save", async () => {
    const { aase, participant } = await setting();
    await expect(
      saveSheetChanges(database, aase, participant.id, [
        { key: "score.mestring", value: 7, baseRevision: 0 },
        { key: "score.mening", value: 11, baseRevision: 0 },
        { key: "otherCommon", value: "x".repeat(5001), baseRevision: 0 },
      ]),
    ).resolves.toEqual({
      saved: { "score.mestring": 1 },
      conflicts: [],
      refused: { "score.mening": "Vælg et helt tal fra 1 til 10.", otherCommon: expect.stringMatching(/5\.000 tegn/) },
    });
    expect((await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } })).fields).toEqual({
      "score.mestring": 7,
    });
    // Nothing valid in a save: nothing stored, nothing in the log, the refusals said.
    await expect(
      saveSheetChanges(database, aase, participant.id, [{ key: "score.mening", value: 0, baseRevision: 0 }]),
    ).resolves.toMatchObject({ saved: {}, refused: { "score.mening": expect.any(String) } });
    expect(await database.auditEvent.count({ where: { action: "sheet.update" } })).toBe(1);
  });

  it("detects the same field saved from two tabs at once, and keeps the first", async () => {
    const { aase, participant } = await setting();
    const [first, second] = await Promise.all([
      saveSheetChanges(database, aase, participant.id, [{ key: "otherIndividual", value: "fra fane 1", baseRevision: 0 }]),
      saveSheetChanges(database, aase, participant.id, [{ key: "otherIndividual", value: "fra fane 2", baseRevision: 0 }]),
    ]);
    const conflicts = [...first.conflicts, ...second.conflicts];
    expect(conflicts).toHaveLength(1);
    const stored = (await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } })).fields as Record<
      string,
      string
    >;
    expect(conflicts[0].value).toBe(stored.otherIndividual);
  });

  it("can be shared and taken back until the conversation begins; a shared sheet is not edited", async () => {
    const { mette, aase, participant } = await setting();
    await setSheetSubmitted(database, aase, participant.id, true);
    await expect(
      saveSheetChanges(database, aase, participant.id, [{ key: "otherCommon", value: "x", baseRevision: 0 }]),
    ).rejects.toMatchObject(new FormError("Skemaet er delt med din leder. Tag det tilbage for at rette i det."));
    await setSheetSubmitted(database, aase, participant.id, false);
    await saveSheetChanges(database, aase, participant.id, [{ key: "otherCommon", value: "x", baseRevision: 0 }]);
    await expect(setSheetSubmitted(database, mette, participant.id, true)).rejects.toBeInstanceOf(AccessDenied);

    await database.conversation.create({
      data: {
        participantId: participant.id,
        startsAt: new Date(Date.now() - 60_000),
        durationMinutes: 60,
        location: "Kontoret",
        icsUid: "started@test",
      },
    });
    await expect(setSheetSubmitted(database, aase, participant.id, true)).rejects.toMatchObject({
      message: "Samtalen er begyndt, så skemaet kan ikke længere ændres eller tages tilbage.",
    });
  });

  it("is not open while the round is being planned", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    const roundId = await publishedRound(database, mette, { publish: false });
    const participant = await participantOf(database, roundId, at("aase.kirkegaard"));
    await expect(
      saveSheetChanges(database, aase, participant.id, [{ key: "otherCommon", value: "x", baseRevision: 0 }]),
    ).rejects.toMatchObject({
      message: "Forberedelsesskemaet er ikke åbent endnu.",
    });
  });
});

describe("the leader's notes", () => {
  it("are written by the round's leader only; the employee, another leader and HR cannot", async () => {
    const { mette, aase, participant } = await setting();
    await saveLeaderNoteChanges(database, mette, participant.id, [
      { key: "experience", value: "Stærk i relationen til forældrene.", baseRevision: 0 },
    ]);
    for (const who of [
      aase,
      await actorFor(database, at("ole.baekgaard")),
      await actorFor(database, at("birgitte.dalsgaard")),
      await actorFor(database, at("karen.hoejgaard")),
    ]) {
      await expect(
        saveLeaderNoteChanges(database, who, participant.id, [{ key: "experience", value: "x", baseRevision: 1 }]),
      ).rejects.toBeInstanceOf(AccessDenied);
    }
    expect((await database.leaderNote.findFirstOrThrow({ where: { participantId: participant.id } })).fields).toEqual({
      experience: "Stærk i relationen til forældrene.",
    });
  });
});

describe("reminders", () => {
  it("go once to those with a conversation soon and an unshared sheet, however many instances run them", async () => {
    const { roundId, participant } = await setting();
    const now = new Date("2027-02-01T08:00:00Z");
    const freja = await participantOf(database, roundId, at("freja.lund"));
    const jonas = await participantOf(database, roundId, at("jonas.broendum"));
    const ida = await participantOf(database, roundId, at("ida.vestergaard"));
    const book = (participantId: string, startsAt: string, uid: string) =>
      database.conversation.create({
        data: { participantId, startsAt: new Date(startsAt), durationMinutes: 60, location: "Kontoret", icsUid: uid },
      });
    await book(participant.id, "2027-02-03T09:00:00Z", "a@test"); // in two days, draft: reminded
    await book(freja.id, "2027-02-02T09:00:00Z", "b@test"); // tomorrow, but shared: not reminded
    await book(jonas.id, "2027-02-20T09:00:00Z", "c@test"); // far off: not yet
    await book(ida.id, "2027-01-31T09:00:00Z", "d@test"); // already held: never
    await setSheetSubmitted(database, await actorFor(database, at("freja.lund")), freja.id, true);

    const before = await database.outgoingMail.count();
    const counts = await Promise.all([
      sendDueReminders(database, now, 3),
      sendDueReminders(database, now, 3),
      sendDueReminders(database, now, 3),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await sendDueReminders(database, new Date("2027-02-02T08:00:00Z"), 3)).toBe(0);
    const mails = await database.outgoingMail.findMany({ skip: before, orderBy: { id: "asc" } });
    expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([
      [at("aase.kirkegaard"), "Husk at forberede dig til din samtale (MUS 2027)"],
    ]);
    expect(mails[0].text).toContain(`/runder/${roundId}/forberedelse`);
  });
});

describe("last round's scores", () => {
  type Person = Awaited<ReturnType<typeof actorFor>>;
  const session = (person: Person, name: string) => ({ ...person, name, email: "", municipalityId: "", sessionId: "test" });

  /** Åse's sheet in `leader`'s closed 2026 round: scored, then shared, or shared and taken back, or left a draft. */
  async function lastYear(leader: Person, aase: Person, sharing: "shared" | "draft" | "withdrawn") {
    const roundId = await publishedRound(database, leader, { year: 2026 });
    const earlier = await participantOf(database, roundId, at("aase.kirkegaard"));
    await saveSheetChanges(database, aase, earlier.id, [
      { key: "score.mestring", value: 4, baseRevision: 0 },
      { key: "score.autonomi", value: 8, baseRevision: 0 },
    ]);
    if (sharing !== "draft") await setSheetSubmitted(database, aase, earlier.id, true);
    if (sharing === "withdrawn") await setSheetSubmitted(database, aase, earlier.id, false);
    await database.round.update({ where: { id: roundId }, data: { state: "CLOSED" } });
    return roundId;
  }

  /** This year's round led by `leader`, with Åse's sheet shared, as the leader and Åse see it. */
  async function thisYear(leader: Person, leaderName: string, aase: Person) {
    const { findOwnSheet, loadParticipantForLeader } = await import("@/lib/domain/sheets/loaders");
    const roundId = await publishedRound(database, leader, { year: 2027 });
    const participant = await participantOf(database, roundId, at("aase.kirkegaard"));
    await setSheetSubmitted(database, aase, participant.id, true);
    const leaderView = await loadParticipantForLeader(session(leader, leaderName), roundId, participant.id);
    const ownView = await findOwnSheet(session(aase, "Åse Kirkegaard"), roundId);
    return { roundId, leaderSees: leaderView.sheet?.previous, aaseSees: ownView?.previous };
  }

  const earlierReads = () =>
    database.auditEvent.findMany({
      where: { action: "sheet.readEarlierScores" },
      select: { actorId: true, subjectId: true, purpose: true, resourceKind: true },
    });

  it("are shown to the same leader, who shared in them, and the read is audited; the person sees their own", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    const earlierRound = await lastYear(mette, aase, "shared");
    const { leaderSees, aaseSees } = await thisYear(mette, "Mette Søndergård", aase);
    expect(leaderSees).toEqual({ mestring: 4, autonomi: 8 });
    expect(aaseSees).toEqual({ mestring: 4, autonomi: 8 });
    expect(await earlierReads()).toEqual([
      { actorId: mette.id, subjectId: aase.id, purpose: "preparation", resourceKind: "preparationSheet" },
    ]);
    // The earlier round itself has nothing before it.
    const { findOwnSheet } = await import("@/lib/domain/sheets/loaders");
    expect((await findOwnSheet(session(aase, "Åse Kirkegaard"), earlierRound))?.previous).toBeNull();
    // Someone else's sheet is not "their own": nothing comes back.
    expect(await findOwnSheet(session(mette, "Mette Søndergård"), earlierRound)).toBeNull();
  });

  it("are never taken from an earlier sheet that was not shared", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    await lastYear(mette, aase, "draft");
    expect(await thisYear(mette, "Mette Søndergård", aase)).toMatchObject({ leaderSees: null, aaseSees: null });
    expect(await earlierReads()).toEqual([]);
  });

  it("are never taken from an earlier sheet that was shared and then taken back", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    await lastYear(mette, aase, "withdrawn");
    expect(await thisYear(mette, "Mette Søndergård", aase)).toMatchObject({ leaderSees: null, aaseSees: null });
    expect(await earlierReads()).toEqual([]);
  });

  it("are not shown to a new leader when the person changed leader between the rounds", async () => {
    const mette = await actorFor(database, at("mette.soendergaard"));
    const ole = await actorFor(database, at("ole.baekgaard"));
    const aase = await actorFor(database, at("aase.kirkegaard"));
    await lastYear(mette, aase, "shared");
    await database.person.update({ where: { id: aase.id }, data: { managerId: ole.id } });
    const { leaderSees, aaseSees } = await thisYear(ole, "Ole Bækgaard", aase);
    expect(leaderSees).toBeNull();
    expect(aaseSees).toEqual({ mestring: 4, autonomi: 8 });
    expect(await earlierReads()).toEqual([]);
  });
});
