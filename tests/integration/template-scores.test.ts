import { execFileSync } from "node:child_process";
import * as Y from "yjs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import type { SessionActor } from "@/lib/auth/current";
import type { Download } from "@/lib/http/download";
import { loadOverview } from "@/lib/domain/overview/data";
import { planContent } from "@/lib/domain/plans/doc";
import { ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { findVersions, toPlanPdfData } from "@/lib/domain/plans/versions/data";
import { renderPlanPdf } from "@/lib/pdf/plan";
import { conversationGuidePdf } from "@/lib/domain/rounds/guide-pdf";
import { blankPlanPdf, blankSheetPdf } from "@/lib/domain/rounds/paper-forms";
import { fieldLabel } from "@/lib/domain/personal-data/field-labels";
import { ownSheetPdf } from "@/lib/domain/sheets/downloads";
import { findOwnSheet, loadParticipantForLeader } from "@/lib/domain/sheets/loaders";
import { saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { loadTemplates } from "@/lib/domain/templates/data";
import { saveTemplate } from "@/lib/domain/templates/mutations";
import { addShippedTemplates } from "@/lib/domain/templates/shipped";
import { startNextRound } from "@/lib/domain/wrap-up/mutations/next-round";
import { advanceRound, type Step } from "@/lib/domain/wrap-up/mutations/phase";
import { da } from "@/lib/i18n/da";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// A round's template decides whether its sheet has the four vitalisation scores (Tønder's concept has
// none) and how each question is answered (the vitalisation template: one reflection per dimension).
// The round keeps what it was made with, and everything that shows scores follows the round.

const database = testDatabase();
const dir = mkdtempSync(join(tmpdir(), "mus-template-scores-"));
const dimensions = ["Mestring", "Mening", "Samhørighed", "Autonomi"];
const unknownField = da.sheets.errors.unknownField;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
}, 120_000);

const session = (actor: Actor, name: string): SessionActor => ({ ...actor, name, email: "", municipalityId: "", sessionId: "test" });

async function pdfText(download: Download, name: string) {
  const file = join(dir, name);
  writeFileSync(file, download.body as Uint8Array);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

async function move(leader: Actor, roundId: string, ...steps: Step[]) {
  for (const step of steps) {
    const { version } = await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } });
    await advanceRound(database, { actor: leader, roundId, version }, step);
  }
}

/** Mette's round from the named template, with Åse as a participant. */
async function roundFrom(template: "kombineret" | "toender" | "vitalisering") {
  const mette = await actorFor(database, demoEmail("mette.soendergaard"));
  const aase = await actorFor(database, demoEmail("aase.kirkegaard"));
  const roundId = await publishedRound(database, mette, { template });
  const participant = await participantOf(database, roundId, demoEmail("aase.kirkegaard"));
  return { mette, aase, roundId, participant };
}

describe("a Tønder round", () => {
  it("has a sheet without scores that refuses a score sent anyway, and stores the two answers", async () => {
    const { aase, roundId, participant } = await roundFrom("toender");
    expect(await database.round.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      hasScores: false,
      answerLayout: "CONTRIBUTE_CHALLENGES",
    });
    const sheet = (await findOwnSheet(session(aase, "Åse Kirkegaard"), roundId))!;
    expect(sheet.layout).toEqual({ hasScores: false, answerLayout: "CONTRIBUTE_CHALLENGES" });
    expect(sheet.previous).toBeNull();

    const question = participant.group.questions[0].id;
    const outcome = await saveSheetChanges(database, aase, participant.id, [
      { key: "score.mestring", value: 7, baseRevision: 0 },
      { key: "comment.mening", value: "En kommentar", baseRevision: 0 },
      { key: "startWith", value: "autonomi", baseRevision: 0 },
      { key: `answer.${question}.contribute`, value: "Jeg tager ansvar for morgenmaden.", baseRevision: 0 },
      { key: `answer.${question}.challenges`, value: "Travlt om morgenen.", baseRevision: 0 },
    ]);
    expect(outcome.refused).toEqual({ "score.mestring": unknownField, "comment.mening": unknownField, startWith: unknownField });
    const stored = await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(Object.keys(stored.fields as object).sort()).toEqual([`answer.${question}.challenges`, `answer.${question}.contribute`]);
  });

  it("has no score section in its overview, its sheet PDF, its blank forms or its guide; a combined round has them all", async () => {
    for (const template of ["toender", "kombineret"] as const) {
      await resetDatabase();
      await seedDemoOrganisation(database);
      const { mette, aase, roundId, participant } = await roundFrom(template);
      const scored = template === "kombineret";
      const question = participant.group.questions[0].id;
      await saveSheetChanges(database, aase, participant.id, [
        { key: `answer.${question}.contribute`, value: "Morgenmaden er min.", baseRevision: 0 },
        ...(scored ? [{ key: "score.mestring", value: 8, baseRevision: 0 }] : []),
      ]);
      await setSheetSubmitted(database, aase, participant.id, true);

      const sheetPdf = await pdfText(await ownSheetPdf(session(aase, "Åse Kirkegaard"), roundId), `${template}-sheet.pdf`);
      expect(sheetPdf).toContain("Morgenmaden er min.");
      expect(sheetPdf.includes(da.sheets.own.dimensionsHeading)).toBe(scored);
      expect(sheetPdf.includes("af 10") || sheetPdf.includes("ikke vurderet")).toBe(scored);
      expect(sheetPdf.includes(da.sheets.own.startWith)).toBe(scored);

      const blank = await pdfText(await blankSheetPdf(database, mette, roundId, undefined), `${template}-blank.pdf`);
      expect(blank.includes(da.sheets.own.dimensionsHeading)).toBe(scored);
      expect(blank).toContain("Hvordan bidrager du");
      const plan = await pdfText(await blankPlanPdf(database, mette, roundId), `${template}-plan.pdf`);
      expect(plan.includes(da.plans.editor.startWith)).toBe(scored);
      const guide = await pdfText(await conversationGuidePdf(database, mette, roundId, undefined), `${template}-guide.pdf`);
      expect(dimensions.every((name) => guide.includes(name))).toBe(scored);

      const leaderView = await loadParticipantForLeader(session(mette, "Mette Søndergård"), roundId, participant.id);
      expect(leaderView.sheet!.layout.hasScores).toBe(scored);

      await move(mette, roundId, "startConversations", "startWrapUp");
      const overview = await loadOverview(database, roundId, 1);
      expect(overview.hasScores).toBe(scored);
      if (scored) expect(overview.figures!.vitalisation!.find((dimension) => dimension.id === "mestring")!.unit).toMatchObject({ n: 1 });
      else expect(overview.figures!.vitalisation).toBeNull();
      // The plans' figures are there either way.
      expect(overview.figures!.signedPlans).toBe(0);
    }
  });
});

describe("the signed plan's PDF", () => {
  it("asks no dimension to start with in a Tønder round, and is the same data as before in a combined one", async () => {
    for (const template of ["toender", "kombineret"] as const) {
      await resetDatabase();
      await seedDemoOrganisation(database);
      const { mette, aase, participant } = await roundFrom(template);
      const planId = await ensurePlan(database, participant.id);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await loadPlanState(database, mette, planId)).state);
      const hash = contentHash(planContent(doc));
      await approvePlan(database, mette, planId, hash);
      await approvePlan(database, aase, planId, hash);
      const [row] = await findVersions(database, { planId });
      const data = toPlanPdfData(row, null);
      // Absent, not false, in a round with dimensions: the stored PDFs' data hash is unchanged.
      expect("noDimensions" in data).toBe(template === "toender");
      const file = join(dir, `${template}-signed-plan.pdf`);
      writeFileSync(file, await renderPlanPdf(data));
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      expect(text.includes(da.plans.editor.startWith)).toBe(template === "kombineret");
    }
  });
});

describe("the round's own setting", () => {
  it("stays with a running round when the template is edited, and an edited template is no longer brought up to the shipped one", async () => {
    const { roundId } = await roundFrom("kombineret");
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    const template = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === "kombineret")!;
    expect(template).toMatchObject({ hasScores: true, answerLayout: "CONTRIBUTE_CHALLENGES" });
    const admin = await actorFor(database, demoEmail("peter.jaeger"));
    await saveTemplate(database, {
      templateId: template.id,
      version: template.updatedAt.toISOString(),
      municipalityId,
      actorId: admin.id,
      values: {
        name: template.name,
        description: template.description,
        hasScores: false,
        answerLayout: "REFLECTION",
        themes: template.themes.map((theme) => ({ ...theme, questions: theme.questions.join("\n") })),
      },
    });
    expect(await database.round.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      hasScores: true,
      answerLayout: "CONTRIBUTE_CHALLENGES",
    });
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "template.update", resourceId: template.id } });
    expect(audit.details).toEqual({ hasScores: false, answerLayout: "REFLECTION" });

    // The server's start brings templates nobody saved up to the shipped text, never an edited one.
    await addShippedTemplates(database);
    const after = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === "kombineret")!;
    expect(after).toMatchObject({ hasScores: false, answerLayout: "REFLECTION" });
  });

  it("brings an unedited shipped template made before templates chose (scores, two boxes) up to today's shipped text", async () => {
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    // As the migration leaves an existing municipality's templates: every one with scores and two boxes,
    // the vitalisation one with a question per keyword.
    await database.roundTemplate.updateMany({ data: { hasScores: true, answerLayout: "CONTRIBUTE_CHALLENGES" } });
    await database.roundTemplate.updateMany({
      where: { key: "vitalisering" },
      data: { themes: [{ title: "Mestring", description: "", questions: ["Aktuelle arbejdsopgaver", "Valg af arbejdsmetoder"] }] },
    });
    // An administrator had edited the combined one: it stays as it is.
    await database.roundTemplate.updateMany({ where: { key: "kombineret" }, data: { name: "Vores egen", editedAt: new Date() } });
    const before = await database.roundTemplate.findFirstOrThrow({ where: { key: "toender" } });

    await addShippedTemplates(database, municipalityId);
    const rows = new Map((await loadTemplates(database, municipalityId)).map((row) => [row.key, row]));
    expect(rows.get("toender")).toMatchObject({ hasScores: false, answerLayout: "CONTRIBUTE_CHALLENGES" });
    expect(rows.get("vitalisering")).toMatchObject({ hasScores: true, answerLayout: "REFLECTION" });
    expect(rows.get("vitalisering")!.themes.map((theme) => theme.questions.length)).toEqual([1, 1, 1, 1]);
    expect(rows.get("kombineret")).toMatchObject({ name: "Vores egen", hasScores: true });
    // A second start changes nothing (so "last changed" does not move with every restart).
    const toender = rows.get("toender")!;
    expect(toender.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    await addShippedTemplates(database, municipalityId);
    expect((await database.roundTemplate.findUniqueOrThrow({ where: { id: toender.id } })).updatedAt).toEqual(toender.updatedAt);
  });
});

describe("the next round", () => {
  it("has the sheet of the round it follows, whatever the template says now", async () => {
    const { mette, roundId } = await roundFrom("vitalisering");
    await database.round.update({ where: { id: roundId }, data: { hasScores: false, state: "CLOSED", closedAt: new Date() } });
    const next = await startNextRound(database, mette, roundId);
    expect(await database.round.findUniqueOrThrow({ where: { id: next.id } })).toMatchObject({
      hasScores: false,
      answerLayout: "REFLECTION",
    });
  });
});

describe("the migration that brought the setting", () => {
  it("marks as edited the templates an administrator saved (by the audit log, or changed after they were made), and no other", async () => {
    const folder = readdirSync("prisma/migrations").find((name) => name.endsWith("_template_scores_and_answer_layout"))!;
    const script = readFileSync(join("prisma/migrations", folder, "migration.sql"), "utf8");
    const backfill = script.slice(script.indexOf("UPDATE"));
    const rows = await database.roundTemplate.findMany({ orderBy: { key: "asc" } });
    const [kombineret, toender, vitalisering] = ["kombineret", "toender", "vitalisering"].map((key) =>
      rows.find((row) => row.key === key)!,
    );
    await database.roundTemplate.updateMany({ data: { editedAt: null } });
    // Saved by an administrator: its audit event. Changed a minute after it was made: an edit whose event was pruned.
    await database.auditEvent.create({ data: { action: "template.update", resourceKind: "roundTemplate", resourceId: kombineret.id } });
    await database.$executeRaw`update "RoundTemplate" set "updatedAt" = "createdAt" + interval '1 minute' where id = ${toender.id}::uuid`;
    await database.$executeRaw`update "RoundTemplate" set "updatedAt" = "createdAt" where id = ${vitalisering.id}::uuid`;
    await database.$executeRawUnsafe(backfill);
    const after = new Map((await database.roundTemplate.findMany()).map((row) => [row.key, row.editedAt !== null]));
    expect(Object.fromEntries(after)).toEqual({ kombineret: true, toender: true, vitalisering: false });
  });
});

describe("a vitalisation round", () => {
  it("asks one reflection per dimension, the keywords as help text, and keeps its scores", async () => {
    const { aase, roundId, participant } = await roundFrom("vitalisering");
    const sheet = (await findOwnSheet(session(aase, "Åse Kirkegaard"), roundId))!;
    expect(sheet.layout).toEqual({ hasScores: true, answerLayout: "REFLECTION" });
    expect(sheet.themes.map((theme) => theme.title)).toEqual(dimensions);
    expect(sheet.themes.map((theme) => theme.questions.length)).toEqual([1, 1, 1, 1]);
    expect(sheet.themes[0].description).toContain("Nøgleord: Aktuelle arbejdsopgaver · Valg af arbejdsmetoder");

    const question = sheet.themes[0].questions[0].id;
    const outcome = await saveSheetChanges(database, aase, participant.id, [
      { key: `answer.${question}.reflection`, value: "Jeg lykkes bedst, når jeg kan planlægge dagen.", baseRevision: 0 },
      { key: `answer.${question}.contribute`, value: "Et Tønder-svar", baseRevision: 0 },
      { key: "score.mestring", value: 6, baseRevision: 0 },
    ]);
    expect(outcome.refused).toEqual({ [`answer.${question}.contribute`]: unknownField });
    expect(Object.keys(outcome.saved).sort()).toEqual([`answer.${question}.reflection`, "score.mestring"]);

    const pdf = await pdfText(await ownSheetPdf(session(aase, "Åse Kirkegaard"), roundId), "vitalisation-sheet.pdf");
    expect(pdf).toContain(da.sheets.own.reflection);
    expect(pdf).toContain("Nøgleord: Aktuelle arbejdsopgaver");
    expect(pdf).toContain("Jeg lykkes bedst, når jeg kan planlægge dagen.");
    expect(pdf).not.toContain("Hvordan bidrager du");
    expect(pdf).toContain("Mestring: 6 af 10");
    // The person's own copy of their data names the reflection by its question.
    expect(fieldLabel(`answer.${question}.reflection`, new Map([[question, "Spørgsmålet"]]))).toBe("Spørgsmålet – Din refleksion");
  });

  it("made with two boxes per question keeps them: its stored answers read and take changes", async () => {
    const { aase, roundId, participant } = await roundFrom("vitalisering");
    // As a round made from the old template is stored: the layout's defaults, its answers in two boxes.
    await database.round.update({ where: { id: roundId }, data: { hasScores: true, answerLayout: "CONTRIBUTE_CHALLENGES" } });
    const question = participant.group.questions[0].id;
    await database.preparationSheet.create({
      data: { participantId: participant.id, fields: { [`answer.${question}.contribute`]: "Fra sidste år" }, revisions: {} },
    });
    const sheet = (await findOwnSheet(session(aase, "Åse Kirkegaard"), roundId))!;
    expect(sheet.layout.answerLayout).toBe("CONTRIBUTE_CHALLENGES");
    expect(sheet.fields[`answer.${question}.contribute`]).toBe("Fra sidste år");
    const outcome = await saveSheetChanges(database, aase, participant.id, [
      { key: `answer.${question}.challenges`, value: "Stadig gyldigt", baseRevision: 0 },
    ]);
    expect(outcome.refused).toEqual({});
  });
});
