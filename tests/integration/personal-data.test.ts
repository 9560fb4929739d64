import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { AccessDenied } from "@/lib/auth/guard";
import { addAction, applyTextChange, planContent, planText, planValues } from "@/lib/domain/plans/doc";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { recordFollowUp } from "@/lib/domain/plans/mutations/follow-up";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { personalDataDownload } from "@/lib/domain/personal-data/download";
import { savePrivacySettings } from "@/lib/domain/privacy/mutations";
import { privacySettingsSchema } from "@/lib/domain/privacy/schema";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { seedDemoOrganisation, seedOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// The right of access (GDPR art. 15) as one ZIP: everything about the person, nothing about anyone else.

const database = testDatabase();
const at = demoEmail;
type Actor = Awaited<ReturnType<typeof actorFor>>;

const hostileName = `Åse <script>alert("navn")</script> Kirkegaard`;
const texts = {
  answer: "Jeg tager ansvar for legepladsen.",
  hostile: `<img src=x onerror=alert(1)> & "citat"`,
  note: "Åse er god til forældresamtaler.",
  closedNote: "Åse tog over for Jens i foråret.",
  reason: "Noterne er lederens arbejdsnoter til en samtale, der ikke er afsluttet <endnu>.",
  goalsV1: "Blive tryg i at lede møder",
  goalsV2: "Lede møder og skrive referat",
  followUp: "Morgenmødet går godt.",
  colleague: "Frejas egen tekst om sin hverdag",
  leadersOwn: "Mettes egen tekst til sin LUS",
  place: "Personalerummet",
};

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function exporter(email: string) {
  const person = await database.person.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  return { id: person.id, active: person.active, roles: person.roles.map(({ role }) => role), municipalityId: person.municipalityId };
}

/** Writes into the stored plan as `actor` would from a browser. */
async function edit(planId: string, actor: Actor, change: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  const before = Y.encodeStateVector(doc);
  change(doc);
  await appendPlanUpdate(database, actor, planId, Y.encodeStateAsUpdate(doc, before));
  return planContent(doc);
}

async function signNow(planId: string, content: ReturnType<typeof planContent>, a: Actor, b: Actor) {
  await approvePlan(database, a, planId, contentHash(content));
  await approvePlan(database, b, planId, contentHash(content));
}

/** Åse in Mette's round with a bit of everything; Freja beside her and Mette in her own LUS. */
async function setting() {
  const { mette, aase, roundId, participant } = await aaseInMettesRound(database);
  await database.person.update({ where: { id: aase.id }, data: { name: hostileName } });
  const question = participant.group.questions[0].id;
  await saveSheetChanges(database, aase, participant.id, [
    { key: `answer.${question}.contribute`, value: texts.answer, baseRevision: 0 },
    { key: "otherIndividual", value: texts.hostile, baseRevision: 0 },
    { key: "score.mestring", value: 7, baseRevision: 0 },
  ]);
  await setSheetSubmitted(database, aase, participant.id, true);
  await saveLeaderNoteChanges(database, mette, participant.id, [{ key: "experience", value: texts.note, baseRevision: 0 }]);
  const { version } = await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } });
  await scheduleConversation(database, { actor: mette, roundId, version }, participant.id, {
    date: "2027-02-03",
    time: "09:30",
    durationMinutes: 60,
    location: texts.place,
  });

  const planId = await ensurePlan(database, participant.id);
  const first = await edit(planId, mette, (doc) => {
    applyTextChange(planText(doc, "goals"), texts.goalsV1);
    addAction(doc, { what: "Lede morgenmødet", who: "Åse" });
    planValues(doc).set("followUpDate", "2027-09-15");
  });
  await signNow(planId, first, mette, aase);
  const second = await edit(planId, aase, (doc) => applyTextChange(planText(doc, "goals"), texts.goalsV2));
  await signNow(planId, second, aase, mette);
  await recordFollowUp(database, aase, planId, { heldOn: "2027-05-01", note: texts.followUp, actionStates: ["started"] });

  const freja = await actorFor(database, at("freja.lund"));
  const frejas = await participantOf(database, roundId, at("freja.lund"));
  await saveSheetChanges(database, freja, frejas.id, [{ key: "otherIndividual", value: texts.colleague, baseRevision: 0 }]);

  const karen = await actorFor(database, at("karen.hoejgaard"));
  const lus = await publishedRound(database, karen, { kind: "LUS" });
  const mettes = await participantOf(database, lus, at("mette.soendergaard"));
  await saveSheetChanges(database, mette, mettes.id, [{ key: "otherIndividual", value: texts.leadersOwn, baseRevision: 0 }]);
  return { mette, aase };
}

function unzip(download: Download) {
  expect(download.contentType).toBe("application/zip");
  const files = unzipSync(download.body as Uint8Array);
  expect(Object.keys(files).sort()).toEqual(["data.json", "indhold.html"]);
  const html = strFromU8(files["indhold.html"]);
  const json = strFromU8(files["data.json"]);
  return { html, json, data: JSON.parse(json) };
}

/** The municipality's privacy settings, with the leader's notes withheld in open rounds or not. */
async function withholdNotes(on: boolean) {
  const peter = await actorFor(database, at("peter.jaeger"));
  const admin = { ...peter, municipalityId: (await database.person.findUniqueOrThrow({ where: { id: peter.id } })).municipalityId };
  const values = privacySettingsSchema.parse({
    controllerName: "Vesterå Kommune",
    controllerAddress: "Rådhuspladsen 1",
    dpoName: "Søren Ågård",
    dpoEmail: "dpo@vesteraa.example",
    dpoPhone: "12 34 56 78",
    policyUrl: "",
    withholdLeaderNotes: on,
    withholdLeaderNotesReason: texts.reason,
  });
  await savePrivacySettings(database, admin, values);
}

/** The usual setting, and Åse's earlier round with Mette, now closed, with a note of its own. */
async function openAndClosedRounds() {
  const people = await setting();
  const earlier = await publishedRound(database, people.mette, { year: 2026 });
  const participant = await participantOf(database, earlier, at("aase.kirkegaard"));
  await saveLeaderNoteChanges(database, people.mette, participant.id, [{ key: "experience", value: texts.closedNote, baseRevision: 0 }]);
  await database.round.update({ where: { id: earlier }, data: { state: "CLOSED" } });
  return people;
}

describe("everything the app holds about a person", () => {
  it("holds every kind of the employee's data, in both files, and nothing of anyone else's", async () => {
    const { aase } = await setting();
    const { html, json, data } = unzip(await personalDataDownload(database, await exporter(at("aase.kirkegaard")), aase.id));

    expect(data.person).toMatchObject({ name: hostileName, email: at("aase.kirkegaard"), active: true, roles: [] });
    expect(data.person.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(data.participations).toHaveLength(1);
    const [mine] = data.participations;
    expect(mine.round).toMatchObject({ kind: "MUS", year: 2027, leader: { email: at("mette.soendergaard") } });
    expect(mine.conversation).toMatchObject({ durationMinutes: 60, location: texts.place });
    expect(mine.sheet.state).toBe("SUBMITTED");
    expect(mine.sheet.submittedAt).not.toBeNull();
    expect(mine.sheet.fields.map((field: { value: unknown }) => field.value)).toEqual(
      expect.arrayContaining([texts.answer, texts.hostile, 7]),
    );
    expect(mine.leaderNote.fields).toEqual([expect.objectContaining({ key: "experience", value: texts.note })]);
    expect(mine.plan.versions.map((version: { content: { goals: string } }) => version.content.goals)).toEqual([
      texts.goalsV1,
      texts.goalsV2,
    ]);
    expect(
      mine.plan.versions.every(
        (version: { signedAt: string | null; approvals: unknown[] }) => version.signedAt && version.approvals.length === 2,
      ),
    ).toBe(true);
    expect(mine.plan.current.goals).toBe(texts.goalsV2);
    expect(mine.plan.followUps).toEqual([
      expect.objectContaining({ heldOn: "2027-05-01", note: texts.followUp, actionStates: ["started"] }),
    ]);
    expect(data.mails.length).toBeGreaterThan(0);
    expect(data.mails.every((mail: { subject: string; text: string }) => mail.subject && mail.text)).toBe(true);
    expect(data.accessLog.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(["sheet.update", "plan.approve"]),
    );

    for (const text of [texts.answer, texts.note, texts.goalsV1, texts.goalsV2, texts.followUp, texts.place, data.mails[0].subject]) {
      expect(html).toContain(text.replaceAll("&", "&amp;").replaceAll('"', "&quot;"));
    }
    expect(html).toContain("Skrev i forberedelsesskemaet");
    for (const text of [texts.colleague, texts.leadersOwn]) {
      expect(html).not.toContain(text);
      expect(json).not.toContain(text);
    }
  });

  it("escapes every value in the readable document and runs nothing", async () => {
    const { aase } = await setting();
    const { html } = unzip(await personalDataDownload(database, await exporter(at("aase.kirkegaard")), aase.id));
    expect(html).toMatch(/^<!doctype html><html lang="da">/);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(html).toContain("Åse &lt;script&gt;alert(&quot;navn&quot;)&lt;/script&gt; Kirkegaard");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;citat&quot;");
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
  });

  it("gives a leader their own data, not their employees' sheets, notes or plans", async () => {
    const { mette } = await setting();
    const { json, data } = unzip(await personalDataDownload(database, await exporter(at("mette.soendergaard")), mette.id));
    expect(data.participations).toHaveLength(1);
    expect(data.participations[0].round.kind).toBe("LUS");
    expect(json).toContain(texts.leadersOwn);
    for (const text of [texts.answer, texts.note, texts.goalsV1, texts.followUp, texts.colleague, hostileName])
      expect(json).not.toContain(text);
  });

  it("is made by an administrator for someone of their own municipality, and that is recorded", async () => {
    const { aase } = await setting();
    const peter = await exporter(at("peter.jaeger"));
    const { data } = unzip(await personalDataDownload(database, peter, aase.id));
    expect(data.person.email).toBe(at("aase.kirkegaard"));
    const recorded = await database.auditEvent.findMany({ where: { action: "personalData.export" } });
    expect(recorded).toEqual([
      expect.objectContaining({ actorId: peter.id, subjectId: aase.id, resourceKind: "personalData", purpose: "accessRequest" }),
    ]);
    // The export itself is in the person's access log, in the ZIP already.
    expect(data.accessLog[0]).toMatchObject({ action: "personalData.export", actor: { email: at("peter.jaeger"), self: false } });

    // One's own export is not an access by someone else, so it is not recorded.
    await personalDataDownload(database, await exporter(at("aase.kirkegaard")), aase.id);
    expect(await database.auditEvent.count({ where: { action: "personalData.export" } })).toBe(1);
  });

  it("is refused to anyone else, to another municipality's administrator, and for nobody", async () => {
    const { aase } = await setting();
    for (const who of ["freja.lund", "mette.soendergaard", "birgitte.dalsgaard", "anne.moerch"]) {
      await expect(personalDataDownload(database, await exporter(at(who)), aase.id)).rejects.toBeInstanceOf(AccessDenied);
    }
    await seedOrganisation(database, { municipality: "Nordby Kommune", domain: "nordby.example" });
    const nordbyAdmin = await exporter("peter.jaeger@nordby.example");
    expect(nordbyAdmin.roles).toContain("ADMINISTRATOR");
    await expect(personalDataDownload(database, nordbyAdmin, aase.id)).rejects.toBeInstanceOf(AccessDenied);
    const peter = await exporter(at("peter.jaeger"));
    const nordbyPerson = await database.person.findUniqueOrThrow({ where: { email: "aase.kirkegaard@nordby.example" } });
    await expect(personalDataDownload(database, peter, nordbyPerson.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(personalDataDownload(database, peter, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(AccessDenied);
    await expect(personalDataDownload(database, { ...peter, active: false }, aase.id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await database.auditEvent.count({ where: { action: "personalData.export" } })).toBe(0);
  });
});

describe("the leader's notes, withheld while the round is open when the municipality says so", () => {
  const reasonHtml = da.personalData.document.leaderNote.reason(texts.reason).replaceAll("<", "&lt;").replaceAll(">", "&gt;");

  it("leaves out the note of an open round, in both files, saying how many and why; a closed round's note is there", async () => {
    const { aase } = await openAndClosedRounds();
    await withholdNotes(true);
    const { html, json, data } = unzip(await personalDataDownload(database, await exporter(at("aase.kirkegaard")), aase.id));

    const [closed, open] = data.participations;
    expect([closed.round.year, closed.round.state, open.round.year, open.round.state]).toEqual([2026, "CLOSED", 2027, open.round.state]);
    expect(open.round.state).not.toBe("CLOSED");
    expect(open.leaderNote).toBeNull();
    expect(open.leaderNoteWithheld).toEqual({ notes: 1, reason: texts.reason });
    expect(closed.leaderNote.fields).toEqual([expect.objectContaining({ key: "experience", value: texts.closedNote })]);
    expect(closed.leaderNoteWithheld).toBeNull();
    expect(json).not.toContain(texts.note);
    expect(json).toContain(texts.closedNote);

    expect(html).not.toContain(texts.note);
    expect(html).toContain(texts.closedNote);
    expect(html).toContain(da.personalData.document.leaderNote.withheld(1));
    expect(html).toContain(reasonHtml);
    expect(html.split(da.personalData.document.leaderNote.withheld(1))).toHaveLength(2);
    // The rest of the open round is all there.
    for (const text of [texts.answer, texts.goalsV2, texts.followUp]) expect(json).toContain(text);
  });

  it("is the same in an administrator's export for the person", async () => {
    const { aase } = await openAndClosedRounds();
    await withholdNotes(true);
    const { html, json } = unzip(await personalDataDownload(database, await exporter(at("peter.jaeger")), aase.id));
    expect(json).not.toContain(texts.note);
    expect(html).not.toContain(texts.note);
    expect(json).toContain(texts.reason);
    expect(html).toContain(reasonHtml);
    expect(json).toContain(texts.closedNote);
  });

  it("holds every note when the setting is off, or when the municipality has saved no settings", async () => {
    const { aase } = await openAndClosedRounds();
    for (const settingUp of [async () => {}, () => withholdNotes(false)]) {
      await settingUp();
      const { html, json, data } = unzip(await personalDataDownload(database, await exporter(at("aase.kirkegaard")), aase.id));
      for (const text of [texts.note, texts.closedNote]) {
        expect(json).toContain(text);
        expect(html).toContain(text);
      }
      expect(data.participations.map((participation: { leaderNoteWithheld: unknown }) => participation.leaderNoteWithheld)).toEqual([
        null,
        null,
      ]);
      expect(json).not.toContain(texts.reason);
      expect(html).not.toContain(da.personalData.document.leaderNote.withheld(1));
    }
  });
});
