import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import { leaderChecklist, type ChecklistGroup } from "@/lib/domain/rounds/checklist";
import { loadChecklistFacts } from "@/lib/domain/rounds/checklist-data";
import { leafletPdf, loadLeaflet } from "@/lib/domain/rounds/leaflet";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

// The seeds' guidance made from what the app knows: the employee's leaflet from the round (page
// content and PDF, for whoever may read the round's material), the help contact under every mail,
// and the leader's checklist ticking itself.

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
}, 120_000);

const pdfText = (bytes: Uint8Array) => {
  const file = join(mkdtempSync(join(tmpdir(), "mus-leaflet-")), "leaflet.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
};

const stepDone = (groups: ChecklistGroup[], key: string) => groups.flatMap((group) => group.steps).find((step) => step.key === key)?.done;

describe("the employee's information leaflet", () => {
  it("is made from the round: its dates, its leader and its themes, on the page and in the PDF", async () => {
    const { aase, roundId } = await aaseInMettesRound(database);
    await database.round.update({ where: { id: roundId }, data: { focus: "Overgange mellem vuggestue og børnehave" } });
    await database.municipality.updateMany({
      data: { helpContactName: "Sanne Ganzhorn", helpContactTitle: "HR-konsulent", helpContactPhone: "74 92 92 92" },
    });
    const themes = await database.roundTheme.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { title: true } });
    expect(themes.length).toBeGreaterThan(0);

    const content = await loadLeaflet(database, aase, roundId);
    expect(content.title).toBe("MUS-processen – information til dig som medarbejder");
    const facts = Object.fromEntries(content.facts.map((fact) => [fact.label, fact.value]));
    expect(facts[da.guidance.leaflet.facts.leader]).toBe("Mette Søndergård");
    expect(facts[da.guidance.leaflet.facts.kickoff]).toBe("12. januar 2027");
    expect(facts[da.guidance.leaflet.facts.conversations]).toBe("1. februar 2027 – 31. marts 2027");
    expect(facts[da.guidance.leaflet.facts.focus]).toBe("Overgange mellem vuggestue og børnehave");

    const download = await leafletPdf(database, aase, roundId);
    expect(download.contentType).toBe("application/pdf");
    const text = pdfText(download.body as Uint8Array);
    for (const expected of [
      "MUS-processen – information til dig som medarbejder",
      "Mette Søndergård",
      "12. januar 2027",
      "20. april 2027",
      "Forbered dig evt. sammen med en kollega.",
      "mindst 15 minutter",
      "Brug for hjælp? Kontakt HR-konsulent Sanne Ganzhorn",
      "tlf. 74 92 92 92",
      "Lønforhandling og omsorgssamtaler er ikke en del af MUS",
      ...themes.map((theme) => theme.title),
    ])
      expect(text).toContain(expected);
  });

  it("is refused to someone who may not read the round's material", async () => {
    const { roundId } = await aaseInMettesRound(database);
    const outsider = await actorFor(database, demoEmail("ole.baekgaard"));
    await expect(leafletPdf(database, outsider, roundId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(loadLeaflet(database, outsider, roundId)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe("the help contact", () => {
  it("ends every queued mail to someone of the municipality, and none when no contact is set", async () => {
    const municipality = await database.municipality.findFirstOrThrow();
    const to = demoEmail("aase.kirkegaard");
    await database.$transaction((tx) => enqueueMails(tx, [{ to, subject: "Uden kontakt", text: "Hej." }]));
    expect((await database.outgoingMail.findFirstOrThrow({ where: { subject: "Uden kontakt" } })).text).toBe("Hej.");

    await database.municipality.update({
      where: { id: municipality.id },
      data: {
        helpContactName: "Sanne Ganzhorn",
        helpContactTitle: "ledelseskonsulent",
        helpContactEmail: "sagan@vesteraa.example",
        helpContactPhone: "74 92 92 92",
      },
    });
    await database.$transaction((tx) =>
      enqueueMails(tx, [
        { to, subject: "Med kontakt", text: "Hej igen.\n" },
        { to: "ukendt@andetsted.example", subject: "Til en ukendt", text: "Hej." },
      ]),
    );
    const mail = await database.outgoingMail.findFirstOrThrow({ where: { subject: "Med kontakt" } });
    expect(mail.text).toBe(
      "Hej igen.\n\n-- \nBrug for hjælp med MUS eller LUS? Kontakt ledelseskonsulent Sanne Ganzhorn\nE-mail: sagan@vesteraa.example\nTelefon: 74 92 92 92\n",
    );
    expect((await database.outgoingMail.findFirstOrThrow({ where: { subject: "Til en ukendt" } })).text).toBe("Hej.");
  });
});

describe("the leader's checklist", () => {
  it("ticks itself from the round: published, booked, shared, noted", async () => {
    const { mette, aase, roundId, participant } = await aaseInMettesRound(database);
    const checklist = async () => leaderChecklist(await loadChecklistFacts(database, roundId));
    let groups = await checklist();
    expect(stepDone(groups, "publish")).toBe(true);
    expect(stepDone(groups, "focus")).toBe(false);
    expect(stepDone(groups, "book")).toBe(false);
    expect(stepDone(groups, "policies")).toBeNull();
    expect(stepDone(groups, "wrapUp")).toBe(false);
    const participants = (await loadChecklistFacts(database, roundId)).participants;
    expect(participants).toBeGreaterThan(0);

    const version = (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;
    await scheduleConversation(database, { actor: mette, roundId, version }, participant.id, {
      date: "2027-02-10",
      time: "10:00",
      durationMinutes: 60,
      location: "Mødelokalet",
    });
    await saveSheetChanges(database, aase, participant.id, [{ key: "score.mestring", value: 4, baseRevision: 0 }]);
    await setSheetSubmitted(database, aase, participant.id, true);
    await saveLeaderNoteChanges(database, mette, participant.id, [{ key: "experience", value: "Stærk i samarbejdet.", baseRevision: 0 }]);
    await database.round.update({ where: { id: roundId }, data: { focus: "Overgange" } });

    const facts = await loadChecklistFacts(database, roundId);
    expect(facts).toMatchObject({ booked: 1, sheetsShared: 1, withNotes: 1, focus: "Overgange" });
    groups = leaderChecklist(facts);
    expect(stepDone(groups, "focus")).toBe(true);
    // One of several booked: not done yet, with its count.
    const book = groups.flatMap((group) => group.steps).find((step) => step.key === "book");
    expect(book).toMatchObject({ done: participants === 1, count: { done: 1, of: participants } });

    await database.round.update({ where: { id: roundId }, data: { state: "WRAP_UP" } });
    groups = await checklist();
    expect(stepDone(groups, "wrapUp")).toBe(true);
    expect(stepDone(groups, "overview")).toBe(true);
    expect(stepDone(groups, "followUp")).toBe(false);
  });
});
