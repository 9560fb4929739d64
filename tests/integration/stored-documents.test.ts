import { toDanishDate } from "@/lib/dates/danish";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, PDFTextField } from "pdf-lib";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { planContent, type PlanContent } from "@/lib/domain/plans/doc";
import { planVersionForDownload, signedVersionsForExport } from "@/lib/domain/plans/pdf/versions";
import { openPlan } from "@/lib/domain/plans/mutations/open";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { loadPlanState } from "@/lib/domain/plans/live/store";
import { readActionStates } from "@/lib/domain/plans/stored/read-action-states";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";
import { readFieldMap, readRevisionMap } from "@/lib/domain/sheets/stored-fields";
import { loadTemplates } from "@/lib/domain/templates/data";
import { readTemplateThemes } from "@/lib/domain/templates/stored-themes";
import { readMailCalendar } from "@/lib/mail/stored-calendar";
import { renderPlanPdf } from "@/lib/pdf/plan";
import { StoredDocumentError } from "@/lib/stored/versioned";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

// Every shape a stored document was ever written in (tests/fixtures/stored-documents, checked in by
// hand and never regenerated: they stand for what old versions of the app left in the database)
// reads as today's shape, and a plan of each shape shows on the conversation page and prints in
// its PDF with exactly the values it was signed with.

const database = testDatabase();
const pdfDir = mkdtempSync(join(tmpdir(), "mus-stored-documents-"));
const fixtureDir = join(process.cwd(), "tests/fixtures/stored-documents");

type Fixture = { file: string; about: string; kind: keyof typeof readers; stored: unknown; current: unknown; pdfText?: string[] };

const readers = {
  planContent: readPlanContent,
  actionStates: readActionStates,
  templateThemes: readTemplateThemes,
  fieldMap: readFieldMap,
  revisionMap: readRevisionMap,
  mailCalendar: readMailCalendar,
};

const fixtures: Fixture[] = readdirSync(fixtureDir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(join(fixtureDir, file), "utf8")) }));
const plans = fixtures.filter((fixture) => fixture.kind === "planContent");

/** For the tests that store a document and read it back through the app's loaders. */
function withDemoOrganisation() {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemoOrganisation(database);
  });
}

describe("every stored shape ever written", () => {
  it("has a fixture for each kind of stored document, and each plan shape prints something", () => {
    expect(new Set(fixtures.map((fixture) => fixture.kind))).toEqual(new Set(Object.keys(readers)));
    expect(plans.map((fixture) => fixture.file)).toEqual([
      "plan-content-1.json",
      "plan-content-2.json",
      "plan-content-3-marked.json",
      "plan-content-3.json",
    ]);
    for (const plan of plans) expect(plan.pdfText?.length).toBeGreaterThan(0);
  });

  it.each(fixtures)("$file reads as today's shape", (fixture) => {
    const read = readers[fixture.kind](fixture.stored);
    expect(read).toStrictEqual(fixture.current);
    // The same object as planContent() would make, key for key: a PDF's data hash depends on it.
    expect(JSON.stringify(read)).toBe(JSON.stringify(fixture.current));
  });

  it("refuses what no version ever wrote, instead of guessing", () => {
    const [newest] = plans.filter((fixture) => fixture.file === "plan-content-3-marked.json");
    const stored = newest.stored as Record<string, unknown>;
    expect(() => readPlanContent({ ...stored, schemaVersion: 99 })).toThrow(StoredDocumentError);
    expect(() => readPlanContent({ ...stored, surprise: "x" })).toThrow(/fits no known version/);
    expect(() => readPlanContent({ goals: "only this" })).toThrow(StoredDocumentError);
    expect(() => readPlanContent(null)).toThrow(StoredDocumentError);
    expect(() => readActionStates(["finished"])).toThrow(StoredDocumentError);
    expect(() => readTemplateThemes([{ title: "x", questions: [] }])).toThrow(StoredDocumentError);
  });
});

async function signedVersionOf(stored: unknown) {
  const { mette, aase, roundId, participant } = await aaseInMettesRound(database);
  const { planId } = await openPlan(database, mette, roundId, participant.id);
  await database.planVersion.create({
    data: { planId, number: 1, content: stored as never, contentHash: "fixture", signedAt: new Date("2027-03-02T10:00:00Z") },
  });
  return { mette, aase, roundId, participant, planId };
}

function pdfText(pdf: Uint8Array, name: string) {
  const file = join(pdfDir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe.each(plans)("a signed plan stored as $file", (fixture) => {
  withDemoOrganisation();
  const current = fixture.current as PlanContent;

  it("is the page's data, exactly as signed", async () => {
    const { loadConversationPlan } = await import("@/lib/domain/plans/loaders");
    const { mette, roundId, participant } = await signedVersionOf(fixture.stored);
    const session = { ...mette, name: "Mette Søndergård", email: demoEmail("mette.soendergaard"), municipalityId: "", sessionId: "test" };
    const page = await loadConversationPlan(session, roundId, participant.id);
    if (page.needsOpening) throw new Error("the plan was opened");
    expect(page.signed).toStrictEqual({ number: 1, content: current });
    expect(page.versions.map((version) => version.content)).toStrictEqual([current]);
  });

  it("prints every value in its PDF", async () => {
    const { aase, planId } = await signedVersionOf(fixture.stored);
    const { data } = await planVersionForDownload(database, aase, planId, 1);
    expect(data.content).toStrictEqual(current);
    const pdf = await renderPlanPdf(data);
    const text = pdfText(pdf, fixture.file.replace(".json", ".pdf"));
    for (const expected of fixture.pdfText ?? []) expect(text).toContain(expected);
    const fields = new Map(
      (await PDFDocument.load(pdf))
        .getForm()
        .getFields()
        .map((field) => [field.getName(), field instanceof PDFTextField ? (field.getText() ?? "") : null]),
    );
    for (const [index, action] of current.actions.entries()) {
      for (const key of ["what", "how", "support", "who", "theme"] as const)
        expect(fields.get(`action.${index + 1}.${key}`)).toBe(action[key]);
      // Dates as Danes write them (lib/dates/danish.ts); the stored value stays ISO.
      expect(fields.get(`action.${index + 1}.byWhen`)).toBe(toDanishDate(action.byWhen));
      for (const [taskIndex, task] of action.subtasks.entries())
        expect(fields.get(`action.${index + 1}.subtask.${taskIndex + 1}`)).toBe(task.text);
    }
    for (const key of ["expectations", "goals", "evaluation"] as const) expect(fields.get(key)).toBe(current[key]);
    expect(fields.get("followUpDate")).toBe(toDanishDate(current.followUpDate));
  });
});

describe("a stored version that fits no shape", () => {
  withDemoOrganisation();

  it("is shown as unreadable beside the rest of the page, and its PDF is refused", async () => {
    const { loadConversationPlan } = await import("@/lib/domain/plans/loaders");
    const broken = { goals: "Halvt gemt", actions: "ikke en liste" };
    const { mette, aase, roundId, participant, planId } = await signedVersionOf(broken);
    const session = { ...mette, name: "Mette Søndergård", email: demoEmail("mette.soendergaard"), municipalityId: "", sessionId: "test" };
    const page = await loadConversationPlan(session, roundId, participant.id);
    if (page.needsOpening) throw new Error("the plan was opened");
    expect(page.signed).toStrictEqual({ number: 1, content: null });
    expect(page.versions.map((version) => version.content)).toStrictEqual([null]);
    await expect(planVersionForDownload(database, aase, planId, 1)).rejects.toBeInstanceOf(StoredDocumentError);
    // Refused before anything records it as downloaded.
    expect(await database.auditEvent.count({ where: { action: "plan.download" } })).toBe(0);
  });

  it("is left out of HR's ZIP, which goes on with every other plan, and only what is sent is recorded", async () => {
    const broken = await signedVersionOf({ goals: "Halvt gemt", actions: "ikke en liste" });
    const mette = broken.mette;
    const jonas = await database.roundParticipant.findFirstOrThrow({
      where: { roundId: broken.roundId, person: { email: demoEmail("jonas.broendum") } },
    });
    const { planId: goodPlan } = await openPlan(database, mette, broken.roundId, jonas.id);
    const fixture = plans.find((plan) => plan.file === "plan-content-3.json")!;
    await database.planVersion.create({
      data: {
        planId: goodPlan,
        number: 1,
        content: fixture.stored as never,
        contentHash: "fixture",
        signedAt: new Date("2027-03-02T10:00:00Z"),
      },
    });
    const hr = await actorFor(database, demoEmail("birgitte.dalsgaard"));
    const versions = await database.planVersion.findMany({
      where: { planId: { in: [broken.planId, goodPlan] } },
      select: { id: true, planId: true },
    });
    const exported = [];
    for await (const plan of signedVersionsForExport(
      database,
      hr,
      versions.map((version) => version.id),
    ))
      exported.push(plan.versionId);
    const good = versions.find((version) => version.planId === goodPlan)!.id;
    expect(exported).toEqual([good]);
    expect(
      (await database.auditEvent.findMany({ where: { action: "plan.export" }, select: { resourceId: true } })).map((row) => row.resourceId),
    ).toEqual([good]);
  });
});

describe("what is written today", () => {
  withDemoOrganisation();

  it("signs a plan with its schema version, and reads it back as signed", async () => {
    const { mette, aase, roundId, participant } = await aaseInMettesRound(database);
    const { planId } = await openPlan(database, mette, roundId, participant.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadPlanState(database, mette, planId)).state);
    const content = planContent(doc);
    await approvePlan(database, mette, planId, contentHash(content));
    await approvePlan(database, aase, planId, contentHash(content));
    const stored = (await database.planVersion.findFirstOrThrow({ where: { planId } })).content;
    expect(stored).toMatchObject({ schemaVersion: 3 });
    expect(readPlanContent(stored)).toStrictEqual(content);
  });

  it("reads the templates' themes through the one reader", async () => {
    const themes = fixtures.find((fixture) => fixture.kind === "templateThemes")!;
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    const [first] = await loadTemplates(database, municipalityId);
    await database.roundTemplate.update({ where: { id: first.id }, data: { themes: themes.stored as never } });
    const reloaded = (await loadTemplates(database, municipalityId)).find((template) => template.id === first.id)!;
    expect(reloaded.themes).toStrictEqual(themes.current);
  });
});
