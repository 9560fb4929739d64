import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical from "node-ical";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { cancelConversation, scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { createRound } from "@/lib/domain/rounds/mutations/create";
import { saveKickoff, saveRoundDetails } from "@/lib/domain/rounds/mutations/details";
import { addParticipant, removeParticipant, saveParticipants } from "@/lib/domain/rounds/mutations/participants";
import { publishRound } from "@/lib/domain/rounds/mutations/publish";
import { addGroup, removeGroup, saveGroupQuestions } from "@/lib/domain/rounds/mutations/questions";
import type { CreateRoundValues } from "@/lib/domain/rounds/schema";
import { loadTemplates } from "@/lib/domain/templates/data";
import { saveTemplate } from "@/lib/domain/templates/mutations";
import { deliverQueuedMail } from "@/lib/mail/outbox";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { startMailbox, type StoredMail } from "../support/mailbox-server";

const database = testDatabase();
let municipalityId = "";
const mailDir = mkdtempSync(join(tmpdir(), "mus-round-mail-"));
let mailbox: { stop: () => Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function mails(): StoredMail[] {
  return readdirSync(mailDir)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(mailDir, file), "utf8")) as StoredMail);
}

async function actor(local: string): Promise<Actor> {
  const person = await database.person.findUniqueOrThrow({ where: { email: `${local}@vesteraa.example` }, include: { roles: true } });
  return { id: person.id, active: true, roles: person.roles.map((role) => role.role) };
}

async function personId(local: string) {
  return (await database.person.findUniqueOrThrow({ where: { email: `${local}@vesteraa.example` } })).id;
}

async function values(kind: "MUS" | "LUS" = "MUS", year = 2027): Promise<CreateRoundValues> {
  const templates = await loadTemplates(database, municipalityId);
  return {
    kind,
    templateId: templates.find((template) => template.key === "toender")!.id,
    title: `${kind} ${year}`,
    year,
    focus: "Samarbejde på tværs af stuerne",
    kickoffDate: `${year}-01-12`,
    conversationsFrom: `${year}-02-01`,
    conversationsTo: `${year}-03-31`,
    wrapUpDate: `${year}-04-20`,
    followUpDate: `${year}-10-01`,
  };
}

async function version(roundId: string) {
  return (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;
}

beforeAll(async () => {
  const port = await freePort();
  mailbox = await startMailbox(port, mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});

afterAll(async () => {
  await mailbox.stop();
});

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
});

describe("creating a round", () => {
  it("copies the template: its themes and questions in one group, and everyone reporting to the leader", async () => {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    const round = await database.round.findUniqueOrThrow({
      where: { id },
      include: {
        themes: { orderBy: { position: "asc" }, include: { questions: true } },
        groups: true,
        participants: { include: { person: true } },
      },
    });
    expect(round.state).toBe("PLANNING");
    expect(round.themes.map((theme) => theme.title)).toEqual([
      "Faglighed i opgaveløsningen",
      "Trivsel og samarbejde i opgaveløsningen",
      "Tønder Kulturen – Det er sådan vi arbejder og udvikler os!",
      "Andet fælles",
      "Andet individuelt",
    ]);
    expect(round.themes[2].questions).toHaveLength(11);
    expect(round.groups.map((group) => group.name)).toEqual(["Alle deltagere"]);
    expect(round.participants.map((participant) => participant.person.name).sort()).toEqual(
      ["Anne Sofie Mørch", "Freja Lund", "Ida Vestergaard", "Jonas Brøndum", "Mikkel Thøgersen", "Åse Kirkegaard"].sort(),
    );
    expect(await database.auditEvent.count({ where: { action: "round.create", resourceId: id } })).toBe(1);
  });

  it("is the round's own: editing the template afterwards changes no round, and editing the round changes no template", async () => {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    const template = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === "toender")!;
    const admin = await actor("peter.jaeger");
    await saveTemplate(database, {
      templateId: template.id,
      version: template.updatedAt.toISOString(),
      municipalityId,
      actorId: admin.id,
      values: {
        name: template.name,
        description: template.description,
        hasScores: true,
        answerLayout: "CONTRIBUTE_CHALLENGES",
        themes: [{ title: "Kun ét tema", description: "", questions: "Et nyt spørgsmål" }],
      },
    });
    expect(await database.roundTheme.count({ where: { roundId: id } })).toBe(5);

    const round = await database.round.findUniqueOrThrow({
      where: { id },
      include: { themes: { orderBy: { position: "asc" } }, groups: true },
    });
    await saveGroupQuestions(database, { actor: mette, roundId: id, version: round.version }, round.groups[0].id, {
      questions: [{ themeId: round.themes[0].id, text: "Kun til denne runde", prioritised: true }],
    });
    const after = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === "toender")!;
    expect(after.themes).toEqual([{ title: "Kun ét tema", description: "", questions: ["Et nyt spørgsmål"] }]);
  });

  it("allows one open round of a kind per leader and year, also when two are created at the same moment", async () => {
    const mette = await actor("mette.soendergaard");
    const input = await values();
    const outcomes = await Promise.allSettled([
      createRound(database, { actor: mette, municipalityId, values: input }),
      createRound(database, { actor: mette, municipalityId, values: input }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject(
      new FieldError("year", "Du har allerede en åben MUS-runde for 2027. Afslut den, før du opretter en ny."),
    );
    await expect(createRound(database, { actor: mette, municipalityId, values: await values("MUS", 2028) })).resolves.toHaveProperty("id");
  });

  it("lets a leader's leader create a LUS round for the leaders under them, and refuses LUS to a leader of employees only", async () => {
    const lone = await actor("lone.moelgaard");
    await expect(createRound(database, { actor: lone, municipalityId, values: await values("MUS") })).rejects.toMatchObject({
      field: "kind",
    });
    const karen = await actor("karen.hoejgaard");
    const { id } = await createRound(database, { actor: karen, municipalityId, values: await values("LUS") });
    const participants = await database.roundParticipant.findMany({ where: { roundId: id }, include: { person: true } });
    expect(participants.map((participant) => participant.person.name).sort()).toEqual(["Mette Søndergård", "Ole Bækgaard"]);

    const mette = await actor("mette.soendergaard");
    await expect(createRound(database, { actor: mette, municipalityId, values: await values("LUS") })).rejects.toMatchObject({
      field: "kind",
    });
    const freja = await actor("freja.lund");
    await expect(createRound(database, { actor: freja, municipalityId, values: await values("MUS") })).rejects.toMatchObject({
      field: "kind",
    });

    const rows = participants.map((participant) => ({
      participantId: participant.id,
      groupId: participant.groupId,
      offerSeniorConversation: false,
      offerTalentDevelopment: true,
    }));
    await expect(saveParticipants(database, { actor: karen, roundId: id, version: await version(id) }, rows)).rejects.toMatchObject({
      message: "Ledertalentudvikling tilbydes kun i MUS.",
    });
  });
});

describe("changing a round", () => {
  async function metteRound() {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    return { mette, id };
  }

  it("is for the round's leader only: not another unit's leader, the committee or a participant", async () => {
    const { id } = await metteRound();
    for (const who of ["ole.baekgaard", "anne.moerch", "freja.lund", "peter.jaeger", "karen.hoejgaard"]) {
      await expect(
        saveKickoff(
          database,
          { actor: await actor(who), roundId: id, version: 1 },
          { kickoffNotes: "", coreTask: "Overtaget", developmentGoals: [] },
        ),
      ).rejects.toBeInstanceOf(AccessDenied);
    }
    expect((await database.round.findUniqueOrThrow({ where: { id } })).coreTask).toBe("");
  });

  it("refuses the second of two saves made on the same version, and keeps the first", async () => {
    const { mette, id } = await metteRound();
    const first = { kickoffNotes: "", coreTask: "Trygge rammer for børns leg og læring", developmentGoals: [{ text: "Mere udeliv" }] };
    const second = { kickoffNotes: "", coreTask: "Noget andet", developmentGoals: [] };
    const outcomes = await Promise.allSettled([
      saveKickoff(database, { actor: mette, roundId: id, version: 1 }, first),
      saveKickoff(database, { actor: mette, roundId: id, version: 1 }, second),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(FormError);
    expect(refused.reason.message).toMatch(/^Runden er ændret af en anden/);
    const stored = await database.round.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    expect([first.coreTask, second.coreTask]).toContain(stored.coreTask);
  });

  it("refuses a participant from another unit, next to the person field", async () => {
    const { mette, id } = await metteRound();
    await expect(
      addParticipant(database, { actor: mette, roundId: id, version: 1 }, await personId("kasper.noergaard")),
    ).rejects.toMatchObject(new FieldError("personId", "Kasper Nørgaard hører ikke til de personer, du kan invitere til denne runde."));
    expect(await database.roundParticipant.count({ where: { roundId: id } })).toBe(6);
  });

  it("keeps the timeline in order in the database too", async () => {
    const { mette, id } = await metteRound();
    const input = await values();
    await expect(database.round.update({ where: { id }, data: { wrapUpDate: new Date("2026-01-01T00:00:00Z") } })).rejects.toThrow(
      /Round_timeline_in_order/,
    );
    await saveRoundDetails(database, { actor: mette, roundId: id, version: 1 }, { ...input, title: "MUS 2027 i Solstrålen" });
    expect((await database.round.findUniqueOrThrow({ where: { id } })).title).toBe("MUS 2027 i Solstrålen");
  });

  it("gives each group its own questions; a group with people cannot be removed", async () => {
    const { mette, id } = await metteRound();
    const round = await database.round.findUniqueOrThrow({
      where: { id },
      include: { groups: true, themes: { orderBy: { position: "asc" } } },
    });
    const everyone = round.groups[0].id;
    const { groupId: assistants, version: v2 } = await addGroup(
      database,
      { actor: mette, roundId: id, version: 1 },
      everyone,
      "Pædagogmedhjælpere",
    );
    expect(await database.roundQuestion.count({ where: { groupId: assistants } })).toBe(
      await database.roundQuestion.count({ where: { groupId: everyone } }),
    );

    const { version: v3 } = await saveGroupQuestions(database, { actor: mette, roundId: id, version: v2 }, assistants, {
      questions: [
        { themeId: round.themes[0].id, text: "Hvordan bruger du din viden om børns udvikling?", prioritised: true },
        { themeId: round.themes[0].id, text: "Hvad har du brug for at lære?", prioritised: false },
      ],
    });
    const questions = await database.roundQuestion.findMany({ where: { groupId: assistants }, orderBy: { position: "asc" } });
    expect(questions.map((question) => [question.text, question.prioritised])).toEqual([
      ["Hvordan bruger du din viden om børns udvikling?", true],
      ["Hvad har du brug for at lære?", false],
    ]);
    expect(await database.roundQuestion.count({ where: { groupId: everyone } })).toBeGreaterThan(10);

    const aase = await database.roundParticipant.findFirstOrThrow({
      where: { roundId: id, person: { email: "aase.kirkegaard@vesteraa.example" } },
    });
    const { version: v4 } = await saveParticipants(database, { actor: mette, roundId: id, version: v3 }, [
      { participantId: aase.id, groupId: assistants, offerSeniorConversation: true, offerTalentDevelopment: false },
    ]);
    await expect(removeGroup(database, { actor: mette, roundId: id, version: v4 }, assistants)).rejects.toMatchObject({
      message: "Flyt gruppens deltagere til en anden gruppe, før du fjerner den.",
    });
  });
});

describe("publishing and booking", () => {
  it("needs the core task; then invites every participant by e-mail and freezes the kick-off", async () => {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    await expect(publishRound(database, { actor: mette, roundId: id, version: 1 })).rejects.toMatchObject({
      message: "Skriv enhedens kerneopgave, før materialet offentliggøres.",
    });
    await saveKickoff(
      database,
      { actor: mette, roundId: id, version: 1 },
      { kickoffNotes: "", coreTask: "Trygge rammer for børns leg og læring", developmentGoals: [] },
    );
    const seen = mails().length;
    const { invited, version: v3 } = await publishRound(database, { actor: mette, roundId: id, version: 2 });
    expect(invited).toBe(6);
    expect((await database.round.findUniqueOrThrow({ where: { id } })).state).toBe("PREPARATION");
    expect(await deliverQueuedMail(database)).toEqual({ sent: 6, failed: 0 });
    const sent = mails().slice(seen);
    expect(sent.map((mail) => mail.to[0]).sort()).toContain("freja.lund@vesteraa.example");
    const freja = sent.find((mail) => mail.to[0] === "freja.lund@vesteraa.example")!;
    expect(freja.subject).toBe("MUS: forbered dig til din samtale (MUS 2027)");
    expect(freja.text).toContain(`/runder/${id}/materiale`);
    expect(freja.text).toContain("Kære Freja Lund");

    await expect(
      saveKickoff(database, { actor: mette, roundId: id, version: v3 }, { kickoffNotes: "", coreTask: "Ændret", developmentGoals: [] }),
    ).rejects.toMatchObject({
      message: "Det kan ikke lade sig gøre, mens runden er i fasen »forberedelse«.",
    });
  });

  it("books, moves and cancels a conversation as one calendar event: same UID, rising SEQUENCE, Danish time", async () => {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    await saveKickoff(
      database,
      { actor: mette, roundId: id, version: 1 },
      { kickoffNotes: "", coreTask: "Trygge rammer", developmentGoals: [] },
    );
    let { version: current } = await publishRound(database, { actor: mette, roundId: id, version: 2 });
    await deliverQueuedMail(database);
    const participant = await database.roundParticipant.findFirstOrThrow({
      where: { roundId: id, person: { email: "aase.kirkegaard@vesteraa.example" } },
    });

    const events: { method: string; uid: string; sequence: string; start: string; to: string }[] = [];
    async function collect() {
      const before = mails().length;
      await deliverQueuedMail(database);
      for (const mail of mails().slice(before)) {
        const parsed = ical.sync.parseICS(mail.calendar!.content);
        const event = Object.values(parsed).find((component) => component?.type === "VEVENT") as ical.VEvent;
        events.push({
          method: mail.calendar!.method,
          uid: event.uid,
          sequence: String(event.sequence),
          start: event.start.toISOString(),
          to: mail.to[0],
        });
      }
    }

    ({ version: current } = await scheduleConversation(database, { actor: mette, roundId: id, version: current }, participant.id, {
      date: "2027-02-03",
      time: "09:30",
      durationMinutes: 60,
      location: "Personalerummet",
    }));
    await collect();
    ({ version: current } = await scheduleConversation(database, { actor: mette, roundId: id, version: current }, participant.id, {
      date: "2027-04-01",
      time: "13:00",
      durationMinutes: 45,
      location: "Personalerummet",
    }));
    await collect();
    await cancelConversation(database, { actor: mette, roundId: id, version: current }, participant.id);
    await collect();

    expect(events.map(({ method, sequence, start }) => [method, sequence, start])).toEqual([
      ["REQUEST", "0", "2027-02-03T08:30:00.000Z"],
      ["REQUEST", "0", "2027-02-03T08:30:00.000Z"],
      ["REQUEST", "1", "2027-04-01T11:00:00.000Z"], // summer time: 13:00 in Denmark is 11:00 UTC
      ["REQUEST", "1", "2027-04-01T11:00:00.000Z"],
      ["CANCEL", "2", "2027-04-01T11:00:00.000Z"],
      ["CANCEL", "2", "2027-04-01T11:00:00.000Z"],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(1);
    expect(new Set(events.map((event) => event.to))).toEqual(
      new Set(["aase.kirkegaard@vesteraa.example", "mette.soendergaard@vesteraa.example"]),
    );
  });

  it("delivers each queued mail once, also when two deliveries run at the same time", async () => {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    await saveKickoff(
      database,
      { actor: mette, roundId: id, version: 1 },
      { kickoffNotes: "", coreTask: "Trygge rammer", developmentGoals: [] },
    );
    await publishRound(database, { actor: mette, roundId: id, version: 2 });
    const before = mails().length;
    const [a, b] = await Promise.all([deliverQueuedMail(database), deliverQueuedMail(database)]);
    expect(a.sent + b.sent).toBe(6);
    expect(mails().length - before).toBe(6);
    expect(await database.outgoingMail.count({ where: { sentAt: null } })).toBe(0);
  });

  it("cancels a booked conversation in both calendars when its participant is removed", async () => {
    const mette = await actor("mette.soendergaard");
    const { id } = await createRound(database, { actor: mette, municipalityId, values: await values() });
    await saveKickoff(
      database,
      { actor: mette, roundId: id, version: 1 },
      { kickoffNotes: "", coreTask: "Trygge rammer", developmentGoals: [] },
    );
    const { version: v3 } = await publishRound(database, { actor: mette, roundId: id, version: 2 });
    const participant = await database.roundParticipant.findFirstOrThrow({
      where: { roundId: id, person: { email: "jonas.broendum@vesteraa.example" } },
    });
    const { version: v4 } = await scheduleConversation(database, { actor: mette, roundId: id, version: v3 }, participant.id, {
      date: "2027-02-10",
      time: "10:00",
      durationMinutes: 60,
      location: "Kontoret",
    });
    await deliverQueuedMail(database);
    const before = mails().length;
    await removeParticipant(database, { actor: mette, roundId: id, version: v4 }, participant.id);
    await deliverQueuedMail(database);
    expect(
      mails()
        .slice(before)
        .map((mail) => [mail.to[0], mail.calendar?.method])
        .sort(),
    ).toEqual([
      ["jonas.broendum@vesteraa.example", "CANCEL"],
      ["mette.soendergaard@vesteraa.example", "CANCEL"],
    ]);
  });
});
