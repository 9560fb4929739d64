import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import type { SessionActor } from "@/lib/auth/current";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { erasePerson } from "@/lib/domain/erasure/erase";
import { loadHomeSteps } from "@/lib/domain/next-steps/loaders";
import { personalDataHtml } from "@/lib/domain/personal-data/html";
import { loadPersonalData } from "@/lib/domain/personal-data/load";
import { loadPlanState, ensurePlan } from "@/lib/domain/plans/live/store";
import { conversationGuidePdf } from "@/lib/domain/rounds/guide-pdf";
import { loadMyRounds } from "@/lib/domain/rounds/loaders";
import { blankSheetPdf } from "@/lib/domain/rounds/paper-forms";
import { roundComments } from "@/lib/domain/rounds/union-rep/data";
import { addRoundComment, saveUnionRep } from "@/lib/domain/rounds/union-rep/mutations";
import { commentSchema } from "@/lib/domain/rounds/union-rep/schema";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// The union representative (tillidsrepræsentant) on a round: named by the leader, told by e-mail,
// reads the shared material and the wrap-up, never anything individual, and comments when allowed.

const database = testDatabase();
const at = demoEmail;
let municipalityId = "";

const actor = (local: string) => actorFor(database, at(local));
const version = async (roundId: string) => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;
const name = async (by: Actor, roundId: string, personId: string | null, mayComment = false) =>
  saveUnionRep(database, { actor: by, roundId, version: await version(roundId), municipalityId }, { personId, mayComment });
const comment = (by: Actor, roundId: string, section: "MATERIAL" | "WRAP_UP", text: string) =>
  addRoundComment(database, { actor: by, municipalityId, roundId, section, text });
const session = (who: Actor): SessionActor => ({ ...who, name: "", email: "", municipalityId, sessionId: randomUUID() });

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
});

describe("naming the round's union representative", () => {
  it("by the leader: the person is told by e-mail, the round is in their list, and it is audited", async () => {
    const mette = await actor("mette.soendergaard");
    const kasper = await actor("kasper.noergaard");
    const roundId = await publishedRound(database, mette, { publish: false });
    // Before naming: nothing (a teacher at another school, no committee seat).
    await expect(conversationGuidePdf(database, kasper, roundId, undefined)).rejects.toBeInstanceOf(AccessDenied);

    await expect(name(mette, roundId, kasper.id, true)).resolves.toMatchObject({ named: "Kasper Nørgaard", mailed: true });
    const round = await database.round.findUniqueOrThrow({ where: { id: roundId } });
    expect([round.unionRepId, round.unionRepMayComment]).toEqual([kasper.id, true]);
    const [mail] = await database.outgoingMail.findMany({ where: { to: at("kasper.noergaard") } });
    expect(mail.subject).toBe("Du er tillidsrepræsentant på MUS-runden MUS 2027");
    expect(mail.text).toContain("Mette Søndergård har udpeget dig som tillidsrepræsentant");
    expect(mail.text).toContain(`/runder/${roundId}/materiale`);
    expect(mail.text).toContain("Du kan skrive kommentarer");
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "round.unionRep", resourceId: roundId } });
    expect(audit).toMatchObject({ actorId: mette.id, subjectId: kasper.id, details: { from: null, to: kasper.id, mayComment: true } });

    // Read during planning already (the kick-off), in their list of rounds.
    await expect(conversationGuidePdf(database, kasper, roundId, undefined)).resolves.toBeTruthy();
    await expect(blankSheetPdf(database, kasper, roundId, undefined)).resolves.toBeTruthy();
    const lists = await loadMyRounds(session(kasper));
    expect(lists.unionRep.map((row) => row.id)).toEqual([roundId]);
    expect(lists.leading).toEqual([]);
    expect(lists.participating).toEqual([]);
    // And on the start page, with the material as the next step.
    const home = await loadHomeSteps(kasper, database);
    expect(home.unionRep.map((item) => [item.round.id, item.next.href])).toEqual([[roundId, `/runder/${roundId}/materiale`]]);
    expect(home.committee).toEqual([]);

    // Saving again (only the switch) sends no second mail.
    await name(mette, roundId, kasper.id, false);
    expect(await database.outgoingMail.count({ where: { to: at("kasper.noergaard") } })).toBe(1);
    expect(await database.auditEvent.count({ where: { action: "round.unionRep", resourceId: roundId } })).toBe(2);

    // Removed: the round is gone from their sight.
    await name(mette, roundId, null);
    await expect(conversationGuidePdf(database, kasper, roundId, undefined)).rejects.toBeInstanceOf(AccessDenied);
    expect((await loadMyRounds(session(kasper))).unionRep).toEqual([]);
    expect((await loadHomeSteps(kasper, database)).unionRep).toEqual([]);
  });

  it("refuses anyone but the leader, the leader themself, and a person of another municipality or who has left", async () => {
    const mette = await actor("mette.soendergaard");
    const kasper = await actor("kasper.noergaard");
    const roundId = await publishedRound(database, mette);
    for (const other of ["karen.hoejgaard", "peter.jaeger", "anne.moerch", "kasper.noergaard"])
      await expect(name(await actor(other), roundId, kasper.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(name(mette, roundId, mette.id)).rejects.toMatchObject(
      new FieldError("personId", "Du kan ikke selv være tillidsrepræsentant på din egen runde."),
    );
    const elsewhere = await database.municipality.create({ data: { name: "Nabo Kommune" } });
    const stranger = await database.person.create({
      data: { municipalityId: elsewhere.id, name: "Fremmed Person", email: "fremmed@nabo.example" },
    });
    const unknown = new FieldError("personId", "Personen findes ikke i kommunen eller er ikke længere aktiv.");
    await expect(name(mette, roundId, stranger.id)).rejects.toMatchObject(unknown);
    await database.person.update({ where: { id: kasper.id }, data: { active: false } });
    await expect(name(mette, roundId, kasper.id)).rejects.toMatchObject(unknown);
    expect((await database.round.findUniqueOrThrow({ where: { id: roundId } })).unionRepId).toBeNull();
    // A closed round takes no representative.
    await database.round.update({ where: { id: roundId }, data: { state: "CLOSED", closedAt: new Date() } });
    await expect(name(mette, roundId, (await actor("signe.dahl")).id)).rejects.toBeInstanceOf(FormError);
  });
});

describe("what the union representative sees", () => {
  it("never a sheet, a note or a plan, whether the leader allows comments or not", async () => {
    const mette = await actor("mette.soendergaard");
    const kasper = await actor("kasper.noergaard");
    const aase = await actor("aase.kirkegaard");
    const roundId = await publishedRound(database, mette);
    await name(mette, roundId, kasper.id, true);
    const participant = await participantOf(database, roundId, at("aase.kirkegaard"));
    await saveSheetChanges(database, aase, participant.id, [{ key: "score.mestring", value: 4, baseRevision: 0 }]);
    await setSheetSubmitted(database, aase, participant.id, true);
    const planId = await ensurePlan(database, participant.id);

    await expect(loadPlanState(database, kasper, planId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      saveSheetChanges(database, kasper, participant.id, [{ key: "score.mestring", value: 1, baseRevision: 1 }]),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      saveLeaderNoteChanges(database, kasper, participant.id, [{ key: "experience", value: "x", baseRevision: 0 }]),
    ).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe("the union representative's comments", () => {
  it("are written only when allowed, on the material and (once begun) the wrap-up, as plain text, audited", async () => {
    const mette = await actor("mette.soendergaard");
    const kasper = await actor("kasper.noergaard");
    const aase = await actor("aase.kirkegaard");
    const roundId = await publishedRound(database, mette);
    await name(mette, roundId, kasper.id, false);

    await expect(comment(kasper, roundId, "MATERIAL", "Godt oplæg.")).rejects.toMatchObject(
      new FormError("Lederen har ikke givet tillidsrepræsentanten lov til at kommentere."),
    );
    await name(mette, roundId, kasper.id, true);
    const html = "<b>Husk</b> pauser & <script>alert(1)</script>";
    await comment(kasper, roundId, "MATERIAL", html);
    await expect(comment(kasper, roundId, "WRAP_UP", "For tidligt")).rejects.toMatchObject(
      new FormError("Opsamlingen er ikke begyndt endnu."),
    );
    // Nobody else writes them: not the leader, a participant, or the committee.
    for (const other of [mette, aase, await actor("anne.moerch")])
      await expect(comment(other, roundId, "MATERIAL", "Hej")).rejects.toBeInstanceOf(AccessDenied);

    await database.round.update({ where: { id: roundId }, data: { state: "WRAP_UP" } });
    await comment(kasper, roundId, "WRAP_UP", "Opsamlingen var god.\nTak.");
    expect(await roundComments(database, roundId, "MATERIAL")).toEqual([
      expect.objectContaining({ author: "Kasper Nørgaard", text: html }),
    ]);
    expect((await roundComments(database, roundId, "WRAP_UP")).map((row) => row.text)).toEqual(["Opsamlingen var god.\nTak."]);
    const audits = await database.auditEvent.findMany({ where: { action: "round.comment" }, orderBy: { id: "asc" } });
    expect(audits.map((row) => row.details)).toEqual([
      { roundId, section: "MATERIAL" },
      { roundId, section: "WRAP_UP" },
    ]);
    // The log holds no text.
    expect(JSON.stringify(audits.map((row) => row.details))).not.toContain("Husk");

    // Once the switch is off again, or the round closed, no more.
    await name(mette, roundId, kasper.id, false);
    await expect(comment(kasper, roundId, "WRAP_UP", "Mere")).rejects.toBeInstanceOf(FormError);
    await name(mette, roundId, kasper.id, true);
    await database.round.update({ where: { id: roundId }, data: { state: "CLOSED", closedAt: new Date() } });
    await expect(comment(kasper, roundId, "WRAP_UP", "Mere")).rejects.toMatchObject(
      new FormError("Runden er afsluttet, og der kan ikke længere kommenteres."),
    );
  });

  it("are checked for length and emptiness by the shared schema, and the database holds the same limit", async () => {
    const roundId = randomUUID();
    const too = commentSchema.safeParse({ roundId, section: "MATERIAL", values: { text: "x".repeat(2001) } });
    expect(too.success).toBe(false);
    expect(too.error?.issues[0].message).toBe(
      "Højst 2.000 tegn; teksten har 2.001. Det, du har skrevet, står her stadig, så du kan forkorte det.",
    );
    expect(commentSchema.safeParse({ roundId, section: "MATERIAL", values: { text: "   " } }).success).toBe(false);
    expect(commentSchema.safeParse({ roundId, section: "OTHER", values: { text: "Hej" } }).success).toBe(false);

    const mette = await actor("mette.soendergaard");
    const kasper = await actor("kasper.noergaard");
    const real = await publishedRound(database, mette);
    await name(mette, real, kasper.id, true);
    await expect(comment(kasper, real, "MATERIAL", "x".repeat(2001))).rejects.toThrow();
    expect(await database.roundComment.count()).toBe(0);
  });
});

describe("the union representative's own data (GDPR art. 15 and 17)", () => {
  it("has their comments in their export; erasing them deletes the comments and names them on no round", async () => {
    const mette = await actor("mette.soendergaard");
    const kasper = await actor("kasper.noergaard");
    const admin = await actor("peter.jaeger");
    const roundId = await publishedRound(database, mette);
    await name(mette, roundId, kasper.id, true);
    await comment(kasper, roundId, "MATERIAL", "Mine egne ord.");
    const data = (await loadPersonalData(database, kasper.id))!;
    expect(data.unionRepComments).toEqual([expect.objectContaining({ round: "MUS 2027", section: "MATERIAL", text: "Mine egne ord." })]);
    expect(personalDataHtml(data)).toContain("Dine kommentarer som tillidsrepræsentant");
    await database.person.update({ where: { id: kasper.id }, data: { active: false, deactivatedAt: new Date() } });
    await erasePerson(database, { municipalityId, personId: kasper.id, actorId: admin.id });
    expect(await database.roundComment.count()).toBe(0);
    const round = await database.round.findUniqueOrThrow({ where: { id: roundId } });
    expect([round.unionRepId, round.unionRepMayComment]).toEqual([null, false]);
  });
});
