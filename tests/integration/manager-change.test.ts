import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { applyImport } from "@/lib/domain/people/import/apply";
import { previewImport } from "@/lib/domain/people/import/preview";
import { savePerson } from "@/lib/domain/people/mutations";
import { openPlan } from "@/lib/domain/plans/mutations/open";
import { decideMoves, describeMove } from "@/lib/domain/rounds/manager-change/data";
import { leaderChangesOfImport } from "@/lib/domain/rounds/manager-change/from-import";
import { loadAskedToAdd, loadSheetMoveNotice } from "@/lib/domain/rounds/manager-change/loaders";
import { addAskedParticipant, saveManagerChangeRule } from "@/lib/domain/rounds/manager-change/mutations";
import { bringBack } from "@/lib/domain/rounds/mutations/absence";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { removeParticipant } from "@/lib/domain/rounds/mutations/participants";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { readFieldMap } from "@/lib/domain/sheets/stored-fields";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { numberedPeopleCsv, utf8 } from "../support/people-csv";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// An employee whose leader changes mid-round (the import or Administration): the municipality's
// rule, each of its branches, the old leader's lost access, nothing of the sheet lost, and a change
// racing the employee's autosave.

const database = testDatabase();
const at = demoEmail;
let municipalityId = "";
let admin: Actor;

const booking = { date: "2027-02-10", time: "09:30", durationMinutes: 60, location: "Kontoret" };
const moved = new FormError("Deltageren er flyttet til en anden leders runde. Du kan ikke længere ændre noget om deltageren her.");
const actor = (local: string) => actorFor(database, at(local));
const version = async (roundId: string) => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;

/** A second department leader in Mette's unit, reporting to Karen, with one employee of his own. */
async function addLars() {
  const unit = await database.unit.findFirstOrThrow({ where: { name: "Dagtilbud Solstrålen" } });
  const karen = await database.person.findUniqueOrThrow({ where: { email: at("karen.hoejgaard") } });
  const lars = await database.person.create({
    data: { municipalityId, unitId: unit.id, managerId: karen.id, name: "Lars Holm", email: at("lars.holm"), jobTitle: "Afdelingsleder" },
  });
  await database.person.create({
    data: { municipalityId, unitId: unit.id, managerId: lars.id, name: "Sofie Bach", email: at("sofie.bach"), jobTitle: "Pædagog" },
  });
  return actorFor(database, at("lars.holm"));
}

/** Saves Åse in Administration with another manager, as the person form does. */
async function giveAseManager(managerEmail: string) {
  const aase = await database.person.findUniqueOrThrow({ where: { email: at("aase.kirkegaard") }, include: { roles: true } });
  return savePerson(database, {
    actorId: admin.id,
    municipalityId,
    values: {
      id: aase.id,
      version: aase.updatedAt.toISOString(),
      name: aase.name,
      email: aase.email ?? "",
      employeeNumber: aase.employeeNumber ?? "",
      jobTitle: aase.jobTitle ?? "",
      unitId: aase.unitId!,
      manager: managerEmail,
      roles: aase.roles.map((role) => role.role),
      active: true,
    },
  });
}

/**
 * Åse in Mette's published round with a sheet typed in: a score, a comment, an answer to a template
 * question (Lars's round asks it too) and one to a question only Mette's group asks; a conversation
 * booked with Mette, and Mette's own note about her.
 */
async function aseWithSheet() {
  const mette = await actor("mette.soendergaard");
  const aase = await actor("aase.kirkegaard");
  const roundId = await publishedRound(database, mette);
  const participant = await participantOf(database, roundId, at("aase.kirkegaard"));
  const shared = participant.group.questions[0];
  const own = await database.roundQuestion.create({
    data: { themeId: shared.themeId, groupId: participant.groupId, position: 99, text: "Hvordan går det med sprogkufferten?" },
  });
  await saveSheetChanges(database, aase, participant.id, [
    { key: "score.mestring", value: 7, baseRevision: 0 },
    { key: "comment.mestring", value: "Jeg er blevet tryg i vuggestuen.", baseRevision: 0 },
    { key: `answer.${shared.id}.contribute`, value: "Jeg tager ansvar for morgenmødet.", baseRevision: 0 },
    { key: `answer.${own.id}.challenges`, value: "Sprogkufferten mangler bøger.", baseRevision: 0 },
  ]);
  await setSheetSubmitted(database, aase, participant.id, true);
  await scheduleConversation(database, { actor: mette, roundId, version: await version(roundId) }, participant.id, booking);
  await saveLeaderNoteChanges(database, mette, participant.id, [{ key: "experience", value: "Mettes egen note.", baseRevision: 0 }]);
  return { mette, aase, roundId, participant, shared };
}

const sheetOf = async (participantId: string) => {
  const sheet = await database.preparationSheet.findUniqueOrThrow({ where: { participantId } });
  return { state: sheet.state, fields: readFieldMap(sheet.fields) };
};

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
  admin = await actor("peter.jaeger");
});

describe("the rule 'follows the new leader'", () => {
  it("moves a participant whose conversation is not held to the new leader's round, with the sheet, and shuts the old leader out", async () => {
    const { mette, aase, roundId, participant, shared } = await aseWithSheet();
    const lars = await addLars();
    const larsRound = await publishedRound(database, lars);
    const before = await sheetOf(participant.id);

    const saved = await giveAseManager(at("lars.holm"));
    expect(saved.managerChange).toEqual(["Åse Kirkegaard: flyttes til Lars Holms runde »MUS 2027«."]);

    // The old participation: out of Mette's round, its booking cancelled in both calendars, its sheet as it was.
    const old = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id }, include: { conversation: true } });
    expect(old.absence).toBe("NEW_LEADER");
    expect(old.conversation).toBeNull();
    expect(await sheetOf(participant.id)).toEqual(before);
    const cancellations = await database.outgoingMail.findMany({ where: { subject: { startsWith: "Aflyst" } } });
    expect(cancellations.map((mail) => mail.to).sort()).toEqual([at("aase.kirkegaard"), at("mette.soendergaard")]);
    expect(cancellations.every((mail) => JSON.stringify(mail.calendar).includes("CANCEL"))).toBe(true);

    // The new participation: in Lars's round, invited, with scores, comments and the shared question's answer
    // re-keyed; the answer to Mette's own question stays on the old sheet, and the new sheet waits to be shared.
    const moving = await participantOf(database, larsRound, at("aase.kirkegaard"));
    expect(moving.invitedAt).not.toBeNull();
    const larsQuestion = moving.group.questions.find((question) => question.text === shared.text)!;
    const carried = await sheetOf(moving.id);
    expect(carried.state).toBe("DRAFT");
    expect(carried.fields).toEqual({
      "score.mestring": 7,
      "comment.mestring": "Jeg er blevet tryg i vuggestuen.",
      [`answer.${larsQuestion.id}.contribute`]: "Jeg tager ansvar for morgenmødet.",
    });
    const move = await database.participantMove.findFirstOrThrow({ where: { fromParticipantId: participant.id } });
    expect(move).toMatchObject({ outcome: "MOVED", toLeaderId: lars.id, toParticipantId: moving.id, answersLeft: 1, byId: admin.id });
    expect(await loadSheetMoveNotice(moving.id, database)).toEqual({
      movedAway: null,
      carriedFrom: { leader: "Mette Søndergård", roundId, left: 1 },
    });
    expect((await loadSheetMoveNotice(participant.id, database)).movedAway).toEqual({ leader: "Lars Holm", roundId: larsRound });
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "round.participantMove" } });
    expect(audit).toMatchObject({ actorId: admin.id, subjectId: aase.id, resourceId: participant.id });
    const told = await database.outgoingMail.findMany({ where: { subject: "MUS: ny leder midt i runden »MUS 2027«" } });
    expect(told.map((mail) => mail.to).sort()).toEqual([at("aase.kirkegaard"), at("lars.holm"), at("mette.soendergaard")]);

    // The old leader: no more notes, bookings, plans or bringing her back; her own note stays hers (author unchanged).
    await expect(
      saveLeaderNoteChanges(database, mette, participant.id, [{ key: "experience", value: "Mere.", baseRevision: 1 }]),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      scheduleConversation(database, { actor: mette, roundId, version: await version(roundId) }, participant.id, booking),
    ).rejects.toEqual(moved);
    await expect(openPlan(database, mette, roundId, participant.id)).rejects.toEqual(moved);
    await expect(bringBack(database, { actor: mette, roundId, version: await version(roundId) }, participant.id)).rejects.toEqual(moved);
    // Nor taking her out of the round, which would take the answers left on the old sheet with it.
    await expect(removeParticipant(database, { actor: mette, roundId, version: await version(roundId) }, participant.id)).rejects.toEqual(
      moved,
    );
    const notes = await database.leaderNote.findMany({ where: { participant: { personId: aase.id } } });
    expect(notes.map((note) => [note.participantId, note.authorId])).toEqual([[participant.id, mette.id]]);
    // Lars reaches nothing of Mette's note: his own note is a new one.
    await saveLeaderNoteChanges(database, lars, moving.id, [{ key: "experience", value: "Lars' note.", baseRevision: 0 }]);
    expect(await database.leaderNote.count({ where: { authorId: lars.id } })).toBe(1);

    // The employee: the old sheet is read-only, the new one hers to go on with.
    await expect(saveSheetChanges(database, aase, participant.id, [{ key: "score.mening", value: 5, baseRevision: 0 }])).rejects.toThrow(
      "Du har fået ny leder, og dit skema er flyttet til Lars Holms runde.",
    );
    const outcome = await saveSheetChanges(database, aase, moving.id, [{ key: "score.mening", value: 5, baseRevision: 0 }]);
    expect(outcome.saved).toEqual({ "score.mening": 1 });
  });

  it("keeps a held conversation with the old leader: begun, plan written, or the round past its conversations", async () => {
    const { participant, roundId } = await aseWithSheet();
    const lars = await addLars();
    await publishedRound(database, lars);
    await database.conversation.update({ where: { participantId: participant.id }, data: { startsAt: new Date(Date.now() - 60_000) } });

    const saved = await giveAseManager(at("lars.holm"));
    expect(saved.managerChange).toEqual(["Åse Kirkegaard: samtalen er holdt – bliver hos Mette Søndergård rundet ud."]);
    const kept = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id }, include: { conversation: true } });
    expect(kept.absence).toBeNull();
    expect(kept.conversation).not.toBeNull();
    expect(await database.participantMove.findFirstOrThrow()).toMatchObject({ outcome: "STAYED_HELD", toParticipantId: null });

    // The other two ways a conversation counts as held, as the preview decides them.
    await database.conversation.delete({ where: { participantId: participant.id } });
    const toLars = [{ personId: participant.personId, toLeader: { id: lars.id, name: "Lars Holm" } }];
    expect((await decideMoves(database, municipalityId, toLars))[0].outcome).toBe("MOVED");
    const plan = await database.plan.create({ data: { participantId: participant.id, state: Buffer.alloc(0), lastSeq: 3 } });
    expect((await decideMoves(database, municipalityId, toLars))[0].outcome).toBe("STAYED_HELD");
    await database.plan.update({ where: { id: plan.id }, data: { lastSeq: 0 } });
    await database.round.update({ where: { id: roundId }, data: { state: "WRAP_UP" } });
    expect((await decideMoves(database, municipalityId, toLars))[0].outcome).toBe("STAYED_HELD");
  });

  it("asks a new leader with no open round to add the person, and the sheet follows when they do", async () => {
    const { participant, mette } = await aseWithSheet();
    const lars = await addLars();

    const saved = await giveAseManager(at("lars.holm"));
    expect(saved.managerChange).toEqual(["Åse Kirkegaard: Lars Holm bliver bedt om at tilføje Åse Kirkegaard til en runde."]);
    const old = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id }, include: { conversation: true } });
    expect(old.absence).toBe("NEW_LEADER");
    expect(old.conversation).toBeNull();
    const asked = await database.outgoingMail.findFirstOrThrow({ where: { to: at("lars.holm") } });
    expect(asked.text).toContain("Tilføj Åse Kirkegaard til en runde fra din forside");
    const lateActor = { id: lars.id, municipalityId };
    expect(await loadAskedToAdd(lateActor, database)).toEqual([
      expect.objectContaining({ name: "Åse Kirkegaard", previousLeader: "Mette Søndergård", round: null }),
    ]);

    // Lars makes his round (Åse reports to him now, so it includes her) and adds her: the sheet comes along.
    const larsRound = await publishedRound(database, lars);
    const [item] = await loadAskedToAdd(lateActor, database);
    expect(item.round).toEqual({ id: larsRound, title: "MUS 2027" });
    // Nobody but Lars may add to Lars's round.
    await expect(
      addAskedParticipant(database, { actor: mette, municipalityId, moveId: item.moveId, roundId: larsRound }),
    ).rejects.toBeInstanceOf(AccessDenied);
    expect(await addAskedParticipant(database, { actor: lars, municipalityId, moveId: item.moveId, roundId: larsRound })).toEqual({
      name: "Åse Kirkegaard",
    });
    const moving = await participantOf(database, larsRound, at("aase.kirkegaard"));
    expect((await sheetOf(moving.id)).fields).toMatchObject({ "score.mestring": 7 });
    expect(await loadAskedToAdd(lateActor, database)).toEqual([]);
    expect(await database.participantMove.findFirstOrThrow()).toMatchObject({ outcome: "ASKED", toParticipantId: moving.id });
    expect(await database.auditEvent.count({ where: { action: "round.participantAdd", subjectId: moving.personId } })).toBe(1);
    // Asked once, added once.
    await expect(addAskedParticipant(database, { actor: lars, municipalityId, moveId: item.moveId, roundId: larsRound })).rejects.toEqual(
      new FormError("Der er ikke længere nogen anmodning om at tilføje denne deltager."),
    );
  });

  it("never moves anyone into a round in its wrap-up or later: the new leader is asked instead, and it says so", async () => {
    const { participant } = await aseWithSheet();
    const lars = await addLars();
    const larsRound = await publishedRound(database, lars);
    await database.round.update({ where: { id: larsRound }, data: { state: "WRAP_UP" } });

    const saved = await giveAseManager(at("lars.holm"));
    expect(saved.managerChange).toEqual([
      "Åse Kirkegaard: Lars Holms runde »MUS 2027« er i fælles opsamling eller senere, så Åse Kirkegaard flyttes ikke dertil. Lars Holm bliver bedt om at tilføje Åse Kirkegaard.",
    ]);
    expect(await database.roundParticipant.count({ where: { roundId: larsRound, personId: participant.personId } })).toBe(0);
    expect(await database.participantMove.findFirstOrThrow()).toMatchObject({ outcome: "ASKED" });
    const [item] = await loadAskedToAdd({ id: lars.id, municipalityId }, database);
    expect(item.round).toBeNull();
    await expect(addAskedParticipant(database, { actor: lars, municipalityId, moveId: item.moveId, roundId: larsRound })).rejects.toEqual(
      new FormError("Runden er i fælles opsamling eller senere, så deltageren kan ikke tilføjes til den."),
    );
  });
});

describe("a leader changed and changed back", () => {
  it("takes the person back into the round they left, the old sheet theirs again and nothing overwritten", async () => {
    const { aase, participant } = await aseWithSheet();
    const lars = await addLars();
    const larsRound = await publishedRound(database, lars);
    await giveAseManager(at("lars.holm"));
    const atLars = await participantOf(database, larsRound, at("aase.kirkegaard"));
    await saveSheetChanges(database, aase, atLars.id, [{ key: "comment.autonomi", value: "Skrevet hos Lars.", baseRevision: 0 }]);

    const back = await giveAseManager(at("mette.soendergaard"));
    expect(back.managerChange).toEqual(["Åse Kirkegaard: flyttes til Mette Søndergårds runde »MUS 2027«."]);
    const again = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id } });
    expect(again.absence).toBeNull();
    const fields = (await sheetOf(participant.id)).fields;
    expect(fields["comment.autonomi"]).toBe("Skrevet hos Lars.");
    expect(fields["comment.mestring"]).toBe("Jeg er blevet tryg i vuggestuen.");
    expect((await database.roundParticipant.findUniqueOrThrow({ where: { id: atLars.id } })).absence).toBe("NEW_LEADER");
    expect(await loadSheetMoveNotice(participant.id, database)).toEqual({
      movedAway: null,
      carriedFrom: { leader: "Lars Holm", roundId: larsRound, left: 0 },
    });
    // And she writes on where she is.
    await setSheetSubmitted(database, aase, participant.id, false);
    await saveSheetChanges(database, aase, participant.id, [{ key: "score.mening", value: 4, baseRevision: 0 }]);
  });
});

describe("a leader changed again before the new leader added the person", () => {
  it("brings them back to the round they left, and the ask is gone", async () => {
    const { participant } = await aseWithSheet();
    const lars = await addLars();
    await giveAseManager(at("lars.holm"));
    expect((await loadAskedToAdd({ id: lars.id, municipalityId }, database)).length).toBe(1);

    const back = await giveAseManager(at("mette.soendergaard"));
    expect(back.managerChange).toEqual(["Åse Kirkegaard: kommer tilbage i Mette Søndergårds runde »MUS 2027«."]);
    expect((await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id } })).absence).toBeNull();
    expect(await database.participantMove.count({ where: { outcome: "ASKED", resolvedAt: null } })).toBe(0);
    expect(await database.auditEvent.count({ where: { action: "round.participantMove", subjectId: participant.personId } })).toBe(2);
  });

  it("or on to a third leader by the rule, the sheet with them", async () => {
    const { participant } = await aseWithSheet();
    await addLars();
    await giveAseManager(at("lars.holm"));
    // Ida Vestergaard, given one employee of her own, runs a round too.
    const ida = await actor("ida.vestergaard");
    const unit = await database.unit.findFirstOrThrow({ where: { name: "Dagtilbud Solstrålen" } });
    await database.person.create({
      data: { municipalityId, unitId: unit.id, managerId: ida.id, name: "Jens Dahl", email: at("jens.dahl"), jobTitle: "Pædagog" },
    });
    const idaRound = await publishedRound(database, ida);
    const saved = await giveAseManager(at("ida.vestergaard"));
    expect(saved.managerChange).toEqual(["Åse Kirkegaard: flyttes til Ida Vestergaards runde »MUS 2027«."]);
    const atIda = await participantOf(database, idaRound, at("aase.kirkegaard"));
    expect((await sheetOf(atIda.id)).fields["score.mestring"]).toBe(7);
    expect(await database.participantMove.findMany({ where: { fromParticipantId: participant.id }, orderBy: { at: "asc" } })).toEqual([
      expect.objectContaining({ outcome: "ASKED", resolvedAt: expect.any(Date) }),
      expect.objectContaining({ outcome: "MOVED", toParticipantId: atIda.id }),
    ]);
    // Mette was told once, when Åse left her round.
    expect(
      await database.outgoingMail.count({ where: { to: at("mette.soendergaard"), text: { contains: "er ikke længere med i din runde" } } }),
    ).toBe(1);
  });
});

describe("a person whose processing is restricted (GDPR art. 18)", () => {
  it("is not moved: nothing of theirs changes, and the save says so", async () => {
    const { participant } = await aseWithSheet();
    const lars = await addLars();
    await publishedRound(database, lars);
    await database.person.update({
      where: { id: participant.personId },
      data: { restrictedAt: new Date(), restrictionReason: "CONTESTED_ACCURACY", restrictedById: admin.id },
    });
    const saved = await giveAseManager(at("lars.holm"));
    expect(saved.managerChange).toEqual([
      "Åse Kirkegaard: behandlingen af personens oplysninger er begrænset, så intet flyttes – bliver hos Mette Søndergård rundet ud.",
    ]);
    expect((await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id } })).absence).toBeNull();
    expect(await database.roundParticipant.count({ where: { personId: participant.personId } })).toBe(1);
  });
});

describe("the rule 'stays with the old leader'", () => {
  it("finishes the round with the old leader, whatever was held", async () => {
    const { participant, mette } = await aseWithSheet();
    const lars = await addLars();
    await publishedRound(database, lars);
    await saveManagerChangeRule(database, { actorId: admin.id, municipalityId, rule: "STAY_WITH_OLD_LEADER" });
    expect(await database.auditEvent.count({ where: { action: "organisation.managerChangeRule" } })).toBe(1);

    const saved = await giveAseManager(at("lars.holm"));
    expect(saved.managerChange).toEqual(["Åse Kirkegaard: bliver hos Mette Søndergård rundet ud (kommunens regel)."]);
    const kept = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id }, include: { conversation: true } });
    expect(kept.absence).toBeNull();
    expect(kept.conversation).not.toBeNull();
    expect(await database.participantMove.findFirstOrThrow()).toMatchObject({ outcome: "STAYED_RULE" });
    // Mette still leads Åse's conversation in her round.
    await saveLeaderNoteChanges(database, mette, participant.id, [{ key: "experience", value: "Stadig min.", baseRevision: 1 }]);
  });

  it("does not put the person in the new leader's round of the same year as well: one conversation a year", async () => {
    const { participant } = await aseWithSheet();
    const lars = await addLars();
    await saveManagerChangeRule(database, { actorId: admin.id, municipalityId, rule: "STAY_WITH_OLD_LEADER" });
    await giveAseManager(at("lars.holm"));
    // Lars starts his MUS round for the same year after the change: Sofie only, not Åse.
    const larsRound = await publishedRound(database, lars);
    const joined = await database.roundParticipant.findMany({ where: { roundId: larsRound }, include: { person: true } });
    expect(joined.map((row) => row.person.name)).toEqual(["Sofie Bach"]);
    expect((await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id } })).absence).toBeNull();
    // Next year she is his to invite again.
    const nextYear = await publishedRound(database, lars, { year: 2028 });
    const next = await database.roundParticipant.findMany({ where: { roundId: nextYear }, include: { person: true } });
    expect(next.map((row) => row.person.name).sort()).toEqual(["Sofie Bach", "Åse Kirkegaard"]);
  });
});

/** The whole demo municipality as the HR export would list it, with the given changes of manager (by e-mail). */
async function municipalityCsv(managers: Record<string, string>) {
  const people = await database.person.findMany({
    where: { municipalityId, active: true },
    include: { unit: true, manager: true, roles: true },
  });
  const roleName = { ADMINISTRATOR: "Administrator", HR: "HR", COMMITTEE_MEMBER: "MED" } as const;
  return numberedPeopleCsv(
    people.map((person) => ({
      employeeNumber: person.employeeNumber ?? undefined,
      name: person.name,
      email: person.email ?? undefined,
      unit: person.unit!.name,
      manager: (person.email && managers[person.email]) ?? person.manager?.email ?? undefined,
      managerNumber: person.manager && !person.manager.email ? (person.manager.employeeNumber ?? undefined) : undefined,
      jobTitle: person.jobTitle ?? undefined,
      roles: person.roles.map((role) => roleName[role.role]).join("|"),
    })),
  );
}

describe("a change of leader by the people import", () => {
  it("says in the preview what will happen to each open round, and does it", async () => {
    const { participant } = await aseWithSheet();
    const lars = await addLars();
    const larsRound = await publishedRound(database, lars);
    const bytes = utf8(await municipalityCsv({ [at("aase.kirkegaard")]: at("lars.holm"), [at("jonas.broendum")]: at("lars.holm") }));
    const preview = await previewImport(database, bytes, municipalityId, admin.id);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    // Jonas's conversation was held already.
    const jonas = await participantOf(database, participant.roundId, at("jonas.broendum"));
    await database.conversation.create({
      data: {
        participantId: jonas.id,
        startsAt: new Date(Date.now() - 3_600_000),
        durationMinutes: 60,
        location: "Kontoret",
        icsUid: "x@test",
      },
    });
    const lines = (await decideMoves(database, municipalityId, await leaderChangesOfImport(database, preview.plan))).map(describeMove);
    expect(lines.sort()).toEqual([
      "Jonas Brøndum: samtalen er holdt – bliver hos Mette Søndergård rundet ud.",
      "Åse Kirkegaard: flyttes til Lars Holms runde »MUS 2027«.",
    ]);
    const outcome = await applyImport(database, {
      rows: preview.rows,
      fingerprint: preview.plan.fingerprint,
      municipalityId,
      actorId: admin.id,
    });
    expect(outcome).toMatchObject({ status: "applied", updated: 2 });
    if (outcome.status !== "applied") return;
    expect(outcome.managerChange?.sort()).toEqual(lines.sort());
    const moving = await participantOf(database, larsRound, at("aase.kirkegaard"));
    expect((await sheetOf(moving.id)).fields["comment.mestring"]).toBe("Jeg er blevet tryg i vuggestuen.");
    expect(await database.roundParticipant.count({ where: { roundId: larsRound, person: { email: at("jonas.broendum") } } })).toBe(0);
  });

  it("names a leader the import creates, who has no round yet: they are asked", async () => {
    await aseWithSheet();
    const csv = await municipalityCsv({ [at("aase.kirkegaard")]: at("ny.leder") });
    const unit = "Dagtilbud Solstrålen";
    const karen = at("karen.hoejgaard");
    const bytes = utf8(`${csv}${["", "Ny Leder", at("ny.leder"), unit, karen, "", "Afdelingsleder", ""].join(";")}\r\n`);
    const preview = await previewImport(database, bytes, municipalityId, admin.id);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    const lines = (await decideMoves(database, municipalityId, await leaderChangesOfImport(database, preview.plan))).map(describeMove);
    expect(lines).toEqual(["Åse Kirkegaard: Ny Leder bliver bedt om at tilføje Åse Kirkegaard til en runde."]);
    const outcome = await applyImport(database, {
      rows: preview.rows,
      fingerprint: preview.plan.fingerprint,
      municipalityId,
      actorId: admin.id,
    });
    expect(outcome).toMatchObject({ status: "applied", created: 1, managerChange: lines });
    const newLeader = await database.person.findUniqueOrThrow({ where: { email: at("ny.leder") } });
    expect(await database.participantMove.findFirstOrThrow()).toMatchObject({ outcome: "ASKED", toLeaderId: newLeader.id });
  });
});

describe("a change of leader racing the employee's autosave", () => {
  /** Holds a lock in a transaction of its own until `release` is called. */
  function hold(statement: string) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const done = database.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(statement);
        held();
        await released;
      },
      { timeout: 20_000 },
    );
    return { holding, release: async () => (release(), await done) };
  }
  const pause = () => new Promise((resolve) => setTimeout(resolve, 400));

  it("an edit stored first is carried along to the new sheet", async () => {
    const { aase, participant } = await aseWithSheet();
    await setSheetSubmitted(database, aase, participant.id, false);
    const lars = await addLars();
    const larsRound = await publishedRound(database, lars);
    // The autosave gets its locks, then waits to write the sheet; the change of leader comes meanwhile.
    const lock = hold(`lock table "PreparationSheet" in share mode`);
    await lock.holding;
    const save = saveSheetChanges(database, aase, participant.id, [{ key: "comment.mening", value: "Skrevet lige nu.", baseRevision: 0 }]);
    await pause();
    const change = giveAseManager(at("lars.holm"));
    await pause();
    await lock.release();
    expect((await save).saved).toEqual({ "comment.mening": 1 });
    expect((await change).managerChange).toHaveLength(1);
    const moving = await participantOf(database, larsRound, at("aase.kirkegaard"));
    expect((await sheetOf(moving.id)).fields["comment.mening"]).toBe("Skrevet lige nu.");
  });

  it("an edit after the change began is refused with the reason, not stored where nobody looks", async () => {
    const { aase, participant } = await aseWithSheet();
    await setSheetSubmitted(database, aase, participant.id, false);
    const lars = await addLars();
    const larsRound = await publishedRound(database, lars);
    // The change of leader has marked the old participation and waits for Lars's round; the autosave comes meanwhile.
    const lock = hold(`select 1 from "Round" where id = '${larsRound}' for update`);
    await lock.holding;
    const change = giveAseManager(at("lars.holm"));
    await pause();
    const save = saveSheetChanges(database, aase, participant.id, [{ key: "comment.mening", value: "For sent.", baseRevision: 0 }]);
    const settled = save.then(
      () => null,
      (error: unknown) => error,
    );
    await pause();
    await lock.release();
    await change;
    expect(await settled).toBeInstanceOf(FormError);
    expect(((await settled) as FormError).message).toContain("dit skema er flyttet til Lars Holms runde");
    const moving = await participantOf(database, larsRound, at("aase.kirkegaard"));
    expect((await sheetOf(moving.id)).fields["comment.mening"]).toBeUndefined();
    expect((await sheetOf(participant.id)).fields["comment.mening"]).toBeUndefined();
  });
});
