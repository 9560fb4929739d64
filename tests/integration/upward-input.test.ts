import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { bringBack, markAbsent } from "@/lib/domain/rounds/mutations/absence";
import { personalDataHtml } from "@/lib/domain/personal-data/html";
import { loadPersonalData } from "@/lib/domain/personal-data/load";
import { saveRoundDetails } from "@/lib/domain/rounds/mutations/details";
import { isoDay } from "@/lib/domain/rounds/dates";
import { publishRound } from "@/lib/domain/rounds/mutations/publish";
import { loadOpenQuestionnaires, loadQuestionnaire, loadUpwardResults } from "@/lib/domain/upward/data";
import { saveUpwardSettings, sealClosedSurveys, sendUpwardReminders, submitUpwardAnswer } from "@/lib/domain/upward/mutations";
import type { UpwardAnswerValues } from "@/lib/domain/upward/schema";
import { startToken } from "@/lib/domain/upward/started";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// Upward input in a LUS round, against real Postgres: who is asked, what is stored (never the
// person beside the answer), who reads what and when, and the attempts to single one answer out.

const database = testDatabase();
const at = demoEmail;
const actor = (local: string) => actorFor(database, at(local));
const version = async (roundId: string) => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;

const susannesTeam = ["hanne.bjerregaard", "joergen.moelby", "fatima.ali", "lise.oesterby", "niels.kaer", "maja.soerensen"];
const torbensTeam = ["gitte.rasmussen", "ahmad.haidari", "pia.kjeldsen", "soeren.ravn", "tove.bech", "yasmin.holt"];

// The round's last day is 20 January 2027: the window closes at midnight Danish time (23:00 UTC),
// the grace period for answers begun in time ends 12 hours later, and the results appear then.
const inWindow = new Date("2027-01-15T10:00:00Z");
const inGrace = new Date("2027-01-21T03:00:00Z");
const afterClose = new Date("2027-01-22T10:00:00Z");
const beforeMidnight = new Date("2027-01-20T22:50:00Z");

const answer = (score: number, texts: [string, string] = ["", ""]): UpwardAnswerValues => ({
  mestring: score,
  mening: score,
  samhoerighed: score,
  autonomi: score,
  answer1: texts[0],
  answer2: texts[1],
});

let bjoern: Actor;
let roundId = "";
let susanneParticipant = "";
let torbenParticipant = "";

async function give(local: string, values: UpwardAnswerValues, now = inWindow, token = "") {
  return submitUpwardAnswer(database, await actor(local), { participantId: susanneParticipant, startToken: token, values }, now);
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  bjoern = await actor("bjoern.kjaersgaard");
  roundId = await publishedRound(database, bjoern, { kind: "LUS", publish: false });
  susanneParticipant = (await participantOf(database, roundId, at("susanne.holm"))).id;
  torbenParticipant = (await participantOf(database, roundId, at("torben.oedegaard"))).id;
  // A team of two: Torben's other four have left.
  await database.person.updateMany({ where: { email: { in: torbensTeam.slice(2).map(at) } }, data: { active: false } });
  // The free text is shown in this municipality, with its own first question.
  await database.municipality.updateMany({ data: { upwardShowFreeText: true, upwardQuestion1: "Hvad skal din leder blive ved med?" } });
  await saveUpwardSettings(
    database,
    { actor: bjoern, roundId, version: await version(roundId) },
    { enabled: true, closesOn: "2027-01-20" },
  );
  await publishRound(database, { actor: bjoern, roundId, version: await version(roundId) });
});

describe("planning upward input", () => {
  it("needs a last day before the conversations, and only in a LUS round", async () => {
    const change = {
      actor: bjoern,
      roundId: await publishedRound(database, bjoern, { kind: "LUS", year: 2028, publish: false }),
      version: 0,
    };
    change.version = await version(change.roundId);
    await expect(saveUpwardSettings(database, change, { enabled: true, closesOn: "2028-02-01" })).rejects.toThrow(
      new FieldError(
        "closesOn",
        "Sidste svardag skal ligge mindst to dage før samtaleperioden begynder (1. februar 2028), så resultaterne er klar til den første samtale.",
      ),
    );
    // The conversations moved before the last day afterwards: publishing says so and waits.
    await saveUpwardSettings(database, change, { enabled: true, closesOn: "2028-01-25" });
    await database.round.update({ where: { id: change.roundId }, data: { conversationsFrom: new Date("2028-01-20T00:00:00Z") } });
    await expect(publishRound(database, { ...change, version: await version(change.roundId) })).rejects.toThrow(
      /sidste svardag 25\. januar 2028/,
    );
    expect((await database.round.findUniqueOrThrow({ where: { id: change.roundId } })).state).toBe("PLANNING");
    const susanne = await actor("susanne.holm");
    const mus = await publishedRound(database, susanne, { kind: "MUS", publish: false });
    await expect(
      saveUpwardSettings(
        database,
        { actor: susanne, roundId: mus, version: await version(mus) },
        { enabled: true, closesOn: "2027-01-20" },
      ),
    ).rejects.toThrow(new FormError("Opadgående input findes kun i LUS-runder."));
  });

  it("invites each large enough team when the round is published, never a team of two, never the leader", async () => {
    const mails = await database.outgoingMail.findMany({ where: { subject: { startsWith: "Giv anonymt input" } } });
    expect(mails.map((mail) => mail.to).sort()).toEqual(susannesTeam.map(at).sort());
    expect(mails[0].subject).toBe("Giv anonymt input om Susanne Lærke Holm som leder");
    expect(mails[0].text).toContain(`/opadgaaende/${susanneParticipant}`);
    expect(mails[0].text).toContain("20. januar 2027");
    const survey = await database.upwardSurvey.findUniqueOrThrow({ where: { roundId } });
    expect([survey.question1, survey.showFreeText]).toEqual(["Hvad skal din leder blive ved med?", true]);
  });

  it("asks the team of a leader brought back after publication, while the questionnaire is open", async () => {
    const later = await publishedRound(database, bjoern, { kind: "LUS", year: 2028, publish: false });
    const change = async () => ({ actor: bjoern, roundId: later, version: await version(later) });
    await saveUpwardSettings(database, await change(), { enabled: true, closesOn: "2028-01-20" });
    const susanne = (await participantOf(database, later, at("susanne.holm"))).id;
    await markAbsent(database, await change(), susanne, "LEAVE");
    await database.outgoingMail.deleteMany();
    await publishRound(database, await change());
    const invited = () => database.outgoingMail.findMany({ where: { subject: "Giv anonymt input om Susanne Lærke Holm som leder" } });
    expect(await invited()).toHaveLength(0);
    await bringBack(database, await change(), susanne);
    expect((await invited()).map((mail) => mail.to).sort()).toEqual(susannesTeam.map(at).sort());
  });
});

describe("moving the conversations", () => {
  it("refuses conversations that would begin before the questionnaire's results are ready", async () => {
    const round = await database.round.findUniqueOrThrow({ where: { id: roundId } });
    const values = {
      title: round.title,
      year: round.year,
      focus: round.focus,
      kickoffDate: isoDay(round.kickoffDate),
      conversationsFrom: "2027-01-21",
      conversationsTo: isoDay(round.conversationsTo),
      wrapUpDate: isoDay(round.wrapUpDate),
      followUpDate: isoDay(round.followUpDate),
    };
    const change = { actor: bjoern, roundId, version: round.version };
    await expect(saveRoundDetails(database, change, values)).rejects.toThrow(
      new FieldError(
        "conversationsFrom",
        "Samtalerne kan tidligst begynde to dage efter det opadgående spørgeskemas sidste svardag (20. januar 2027), så resultaterne er klar til den første samtale.",
      ),
    );
    await saveRoundDetails(database, change, { ...values, conversationsFrom: "2027-01-22" });
    expect(isoDay((await database.round.findUniqueOrThrow({ where: { id: roundId } })).conversationsFrom)).toBe("2027-01-22");
  });
});

describe("answering", () => {
  it("stores the answer without the person or a time, and who answered apart from it", async () => {
    await give("hanne.bjerregaard", answer(7, ["Lytter", ""]), inWindow);
    const columns = await database.$queryRaw<{ column_name: string }[]>`
      select column_name from information_schema.columns where table_name = 'UpwardAnswer' order by column_name`;
    expect(columns.map((column) => column.column_name)).toEqual([
      "answer1",
      "answer2",
      "autonomi",
      "id",
      "mening",
      "mestring",
      "participantId",
      "samhoerighed",
    ]);
    const respondents = await database.$queryRaw<{ column_name: string }[]>`
      select column_name from information_schema.columns where table_name = 'UpwardRespondent' order by column_name`;
    expect(respondents.map((column) => column.column_name)).toEqual(["participantId", "personId"]);
    expect(await database.upwardRespondent.count()).toBe(1);
    // The audit log holds nothing of it either: no time beside the person.
    expect(await database.auditEvent.count({ where: { resourceId: susanneParticipant } })).toBe(0);
    // Her own export says she answered, about whom, and nothing of what.
    const data = await loadPersonalData(database, (await actor("hanne.bjerregaard")).id);
    expect(data?.upwardAnswered).toEqual([{ round: "LUS 2027", leader: "Susanne Lærke Holm" }]);
    expect(JSON.stringify(data)).not.toContain("Lytter");
    expect(personalDataHtml(data!)).toContain("Opadgående spørgeskemaer, du har besvaret");
  });

  it("takes one answer per person, also from two tabs at the same moment", async () => {
    const hanne = await actor("hanne.bjerregaard");
    const send = (score: number) =>
      submitUpwardAnswer(database, hanne, { participantId: susanneParticipant, startToken: "", values: answer(score) }, inWindow);
    const results = await Promise.allSettled([send(3), send(9)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toEqual(new FormError("Du har allerede svaret. Dit første svar er gemt; et svar kan ikke sendes to gange."));
    await expect(send(5)).rejects.toBeInstanceOf(FormError);
    expect(await database.upwardAnswer.count()).toBe(1);
    expect((await loadQuestionnaire(database, hanne, susanneParticipant, inWindow))?.state).toBe("answered");
  });

  it("refuses the leader about themselves, someone of another team, and a team of two, each in Danish", async () => {
    // The leader follows the link to their own questionnaire (a forwarded invitation; the database
    // refuses a person as their own manager, Person_not_own_manager, so this is how it happens).
    const susanne = await actor("susanne.holm");
    expect(await loadQuestionnaire(database, susanne, susanneParticipant, inWindow)).toEqual({ state: "self" });
    await expect(
      submitUpwardAnswer(database, susanne, { participantId: susanneParticipant, startToken: "", values: answer(10) }, inWindow),
    ).rejects.toThrow(/ikke give opadgående input om dig selv/);
    const gitte = await actor("gitte.rasmussen");
    expect(await loadQuestionnaire(database, gitte, susanneParticipant, inWindow)).toBeNull();
    await expect(
      submitUpwardAnswer(database, gitte, { participantId: susanneParticipant, startToken: "", values: answer(1) }, inWindow),
    ).rejects.toBeInstanceOf(AccessDenied);
    expect(await loadQuestionnaire(database, gitte, torbenParticipant, inWindow)).toEqual({ state: "teamTooSmall", threshold: 5 });
    await expect(
      submitUpwardAnswer(database, gitte, { participantId: torbenParticipant, startToken: "", values: answer(1) }, inWindow),
    ).rejects.toThrow(/færre end 5 medarbejdere/);
    expect(await database.upwardAnswer.count()).toBe(0);
  });

  it("takes no answer from someone whose processing is restricted", async () => {
    const lise = await actor("lise.oesterby");
    await database.person.update({
      where: { id: lise.id },
      data: { restrictedAt: new Date(), restrictionReason: "CONTESTED_ACCURACY", restrictedById: bjoern.id },
    });
    expect(await loadQuestionnaire(database, lise, susanneParticipant, inWindow)).toEqual({ state: "restricted" });
    expect(await loadOpenQuestionnaires(database, lise.id, inWindow)).toEqual([]);
    await expect(give("lise.oesterby", answer(5))).rejects.toThrow(/begrænset/);
    expect(await database.upwardRespondent.count()).toBe(0);
  });

  it("keeps an answer sent after midnight when it was begun in time, and no other", async () => {
    const maja = await actor("maja.soerensen");
    const niels = await actor("niels.kaer");
    const begun = startToken(maja.id, susanneParticipant, beforeMidnight);
    await expect(give("maja.soerensen", answer(6), inGrace, begun)).resolves.toEqual({ saved: true });
    // Begun after midnight, a token of someone else's, or none: refused, and said why.
    const late = startToken(niels.id, susanneParticipant, new Date("2027-01-20T23:10:00Z"));
    await expect(give("niels.kaer", answer(6), inGrace, late)).rejects.toThrow(
      "Sidste svardag var 20. januar 2027, og du åbnede skemaet efter den. Dit svar er ikke gemt.",
    );
    await expect(give("niels.kaer", answer(6), inGrace, begun)).rejects.toBeInstanceOf(FormError);
    await expect(give("niels.kaer", answer(6), inGrace, "")).rejects.toBeInstanceOf(FormError);
    // After the grace period, not even a token begun in time.
    await expect(
      give("niels.kaer", answer(6), afterClose, startToken(niels.id, susanneParticipant, beforeMidnight)),
    ).rejects.toBeInstanceOf(FormError);
    expect(await database.upwardAnswer.count()).toBe(1);
  });

  it("is the home page's next step while open and unanswered", async () => {
    const lise = await actor("lise.oesterby");
    expect(await loadOpenQuestionnaires(database, lise.id, inWindow)).toEqual([
      { participantId: susanneParticipant, leader: "Susanne Lærke Holm", closesOn: new Date("2027-01-20T00:00:00Z") },
    ]);
    await give("lise.oesterby", answer(8));
    expect(await loadOpenQuestionnaires(database, lise.id, inWindow)).toEqual([]);
    expect(await loadOpenQuestionnaires(database, (await actor("gitte.rasmussen")).id, inWindow)).toEqual([]);
  });

  it("reminds those who have not answered, once", async () => {
    await give("hanne.bjerregaard", answer(7));
    expect(await sendUpwardReminders(database, new Date("2027-01-10T10:00:00Z"), 3)).toBe(0);
    expect(await sendUpwardReminders(database, new Date("2027-01-18T10:00:00Z"), 3)).toBe(5);
    expect(await sendUpwardReminders(database, new Date("2027-01-19T10:00:00Z"), 3)).toBe(0);
    const reminders = await database.outgoingMail.findMany({ where: { subject: { startsWith: "Påmindelse: giv anonymt input" } } });
    expect(reminders.map((mail) => mail.to)).not.toContain(at("hanne.bjerregaard"));
    expect(reminders).toHaveLength(5);
  });
});

describe("reading the results", () => {
  it("shows nothing while answers can arrive, so reading before and after one more answer tells nothing", async () => {
    const susanne = await actor("susanne.holm");
    for (const [index, local] of susannesTeam.slice(0, 4).entries()) await give(local, answer(5 + index));
    const before = await loadUpwardResults(database, susanne, susanneParticipant, inWindow);
    await give(susannesTeam[4], answer(1));
    const after = await loadUpwardResults(database, susanne, susanneParticipant, inWindow);
    // The differencing attempt: the same answer before and after, with no count in it.
    expect(before).toEqual({ status: "notYet", closesOn: new Date("2027-01-20T00:00:00Z") });
    expect(after).toEqual(before);
    expect(await loadUpwardResults(database, susanne, susanneParticipant, inGrace)).toEqual(before);
    // Once closed, no answer can be added, so two reads are always the same.
    const shown = await loadUpwardResults(database, susanne, susanneParticipant, afterClose);
    await expect(give(susannesTeam[5], answer(10), afterClose)).rejects.toBeInstanceOf(FormError);
    expect(await loadUpwardResults(database, susanne, susanneParticipant, afterClose)).toMatchObject({ status: "shown", n: 5 });
    expect(shown).toMatchObject({ status: "shown", n: 5 });
    if (shown?.status !== "shown") throw new Error("shown");
    expect(shown.dimensions.map((dimension) => [dimension.name, dimension.figure.mean])).toEqual([
      ["Mestring", 5.4],
      ["Mening", 5.4],
      ["Samhørighed", 5.4],
      ["Autonomi", 5.4],
    ]);
  });

  it("shows nothing below the threshold, and the free text only where enough wrote", async () => {
    const susanne = await actor("susanne.holm");
    for (const local of susannesTeam.slice(0, 4)) await give(local, answer(8, ["Tydelig retning", ""]));
    expect(await loadUpwardResults(database, susanne, susanneParticipant, afterClose)).toEqual({ status: "tooFew" });
    await give(susannesTeam[4], answer(8, ["Giver plads", "Mere tid til sparring"]));
    const shown = await loadUpwardResults(database, susanne, susanneParticipant, afterClose);
    if (shown?.status !== "shown") throw new Error("shown");
    expect(shown.texts?.[0].question).toBe("Hvad skal din leder blive ved med?");
    expect([...(shown.texts?.[0].answers ?? [])].sort()).toEqual([
      "Giver plads",
      "Tydelig retning",
      "Tydelig retning",
      "Tydelig retning",
      "Tydelig retning",
    ]);
    // One person wrote to the second question: not shown, not even unattributed.
    expect(shown.texts?.[1]).toEqual({ question: "Hvad kunne din leder gøre anderledes eller mere af?", answers: null });
    expect(JSON.stringify(shown)).not.toContain("Mere tid til sparring");
  });

  it("shows no free text when the municipality has not allowed it (the default)", async () => {
    await database.upwardSurvey.updateMany({ data: { showFreeText: false } });
    for (const local of susannesTeam.slice(0, 5)) await give(local, answer(4, ["Noget", "Andet"]));
    const shown = await loadUpwardResults(database, await actor("susanne.holm"), susanneParticipant, afterClose);
    expect(shown).toMatchObject({ status: "shown", n: 5, texts: null });
    // Words nobody will read are not kept either.
    expect(await database.upwardAnswer.count({ where: { OR: [{ answer1: { not: "" } }, { answer2: { not: "" } }] } })).toBe(0);
  });

  it("keeps the threshold the employees were told, when a lower one is set later", async () => {
    await database.upwardSurvey.updateMany({ data: { threshold: 6 } });
    for (const local of susannesTeam.slice(0, 5)) await give(local, answer(6));
    expect(await loadUpwardResults(database, await actor("susanne.holm"), susanneParticipant, afterClose)).toEqual({ status: "tooFew" });
  });

  it("takes the link between answer and person out of the database once the window has closed", async () => {
    for (const [index, local] of susannesTeam.slice(0, 5).entries()) await give(local, answer(index + 2));
    const pairs = async () =>
      (
        await database.$queryRaw<{ n: number }[]>`
          select count(*)::int as n from "UpwardAnswer" a join "UpwardRespondent" r on a.xmin::text = r.xmin::text`
      )[0].n;
    // While answers can arrive, each answer shares its transaction with its "who answered" row.
    expect(await pairs()).toBe(5);
    const before = await loadUpwardResults(database, await actor("susanne.holm"), susanneParticipant, afterClose);
    expect(await sealClosedSurveys(database, inGrace)).toBe(0); // not before the results time
    expect(await sealClosedSurveys(database, afterClose)).toBe(1);
    expect(await sealClosedSurveys(database, afterClose)).toBe(0); // once
    expect(await database.upwardRespondent.count()).toBe(0);
    // One transaction wrote every answer anew: one xmin for all, none shared with anything about a person.
    const stamps = await database.$queryRaw<{ n: number }[]>`select count(distinct xmin::text)::int as n from "UpwardAnswer"`;
    expect(stamps[0].n).toBe(1);
    expect(await pairs()).toBe(0);
    // The results read the same.
    expect(await loadUpwardResults(database, await actor("susanne.holm"), susanneParticipant, afterClose)).toEqual(before);
  });

  it("says why a team of two shows nothing", async () => {
    const torben = await actor("torben.oedegaard");
    expect(await loadUpwardResults(database, torben, torbenParticipant, afterClose)).toEqual({ status: "teamTooSmall" });
  });

  it("gives the leader's leader the same as the leader, and nobody else anything, HR and administrators included", async () => {
    for (const local of susannesTeam.slice(0, 5)) await give(local, answer(6));
    const susanne = await actor("susanne.holm");
    const chief = await loadUpwardResults(database, bjoern, susanneParticipant, afterClose);
    const own = await loadUpwardResults(database, susanne, susanneParticipant, afterClose);
    expect({ ...chief, texts: null }).toEqual({ ...own, texts: null });
    // An HR person who also takes part: their own aggregate, never a colleague's.
    await database.roleAssignment.create({ data: { personId: susanne.id, role: "HR" } });
    const susanneWithHr = await actor("susanne.holm");
    await expect(loadUpwardResults(database, susanneWithHr, torbenParticipant, afterClose)).rejects.toBeInstanceOf(AccessDenied);
    const others = await database.person.findMany({
      where: { roles: { some: { role: { in: ["ADMINISTRATOR", "HR"] } } }, id: { not: susanne.id } },
    });
    expect(others.length).toBeGreaterThan(0);
    for (const other of others)
      await expect(
        loadUpwardResults(database, await actorFor(database, other.email!), susanneParticipant, afterClose),
      ).rejects.toBeInstanceOf(AccessDenied);
    await expect(loadUpwardResults(database, await actor("hanne.bjerregaard"), susanneParticipant, afterClose)).rejects.toBeInstanceOf(
      AccessDenied,
    );
    // The round handed to an administrator afterwards hands over no answers.
    const admin = others.find((person) => person.email === at("peter.jaeger"))!;
    await database.round.update({ where: { id: roundId }, data: { leaderId: admin.id } });
    await expect(
      loadUpwardResults(database, await actorFor(database, admin.email!), susanneParticipant, afterClose),
    ).rejects.toBeInstanceOf(AccessDenied);
    expect(await loadUpwardResults(database, bjoern, susanneParticipant, afterClose)).toMatchObject({ status: "shown" });
  });
});
