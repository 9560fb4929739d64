import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { PDFDocument, PDFDropdown, PDFName, PDFTextField } from "pdf-lib";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { loadOverview } from "@/lib/domain/overview/data";
import { addAction, applyTextChange, planContent, planText, planValues, type PlanContent } from "@/lib/domain/plans/doc";
import { markFiled, saveEmployeeComment } from "@/lib/domain/plans/mutations/filing";
import { planVersionForDownload, signedVersionsForExport } from "@/lib/domain/plans/pdf/versions";
import { latestSignedVersions, loadFilingProgress } from "@/lib/domain/plans/hr/data";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { renderPlanPdf } from "@/lib/pdf/plan";
import { zipStream } from "@/lib/pdf/zip-stream";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { drawnFields, expectedFooters, hiddenText } from "../support/pdf-field-text";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

const database = testDatabase();
const dir = mkdtempSync(join(tmpdir(), "mus-plan-pdf-"));
type Actor = Awaited<ReturnType<typeof actorFor>>;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function write(planId: string, actor: Actor, change: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  const before = Y.encodeStateVector(doc);
  change(doc);
  await appendPlanUpdate(database, actor, planId, Y.encodeStateAsUpdate(doc, before));
  return planContent(doc);
}

async function sign(planId: string, a: Actor, b: Actor, content: PlanContent) {
  await approvePlan(database, a, planId, contentHash(content));
  await approvePlan(database, b, planId, contentHash(content));
}

/** Mette's round; plans for the named people, signed unless said otherwise. */
async function setting(people: { email: string; signed: boolean; long?: boolean }[]) {
  const mette = await actorFor(database, demoEmail("mette.soendergaard"));
  const roundId = await publishedRound(database, mette);
  const plans = [];
  for (const person of people) {
    const employee = await actorFor(database, person.email);
    const planId = await ensurePlan(database, (await participantOf(database, roundId, person.email)).id);
    const content = await write(planId, mette, (doc) => {
      planValues(doc).set("startWith", "mening");
      applyTextChange(planText(doc, "expectations"), "Tale om arbejdstid og nye opgaver – især om fredagen.");
      applyTextChange(
        planText(doc, "goals"),
        person.long
          ? Array.from({ length: 3_200 }, (_, index) => `mål${index}`)
              .join(" ")
              .slice(0, 19_990) + " SLUT-ÆØÅ"
          : "Blive tryg i at lede morgenmødet.\nLære at skrive gode overleveringer.",
      );
      addAction(doc, {
        what: "Lede morgenmødet hver fredag",
        how: "Med en dagsorden, vi laver sammen",
        support: "Sparring med Mette",
        who: "Åse og Mette",
        byWhen: "2027-05-01",
        theme: "Trivsel og samarbejde i opgaveløsningen",
        form: "tasks",
        waitsForWrapUp: true,
        subtasks: [{ text: "Lave en dagsorden", state: "done" }],
      });
      addAction(doc, { what: "Skrive en overleveringsguide", how: "", support: "", who: "", byWhen: "" });
      planValues(doc).set("followUpDate", "2027-09-15");
      planValues(doc).set("motivated", "yes");
      applyTextChange(planText(doc, "evaluation"), "Godt at skrive planen sammen.");
    });
    if (person.signed) await sign(planId, mette, employee, content);
    plans.push({ planId, employee, content });
  }
  return { mette, roundId, plans };
}

const aase = demoEmail("aase.kirkegaard");

async function fieldsOf(pdf: Uint8Array) {
  const document = await PDFDocument.load(pdf);
  return {
    document,
    values: Object.fromEntries(
      document
        .getForm()
        .getFields()
        .map((field) => [
          field.getName(),
          field instanceof PDFTextField ? (field.getText() ?? "") : field instanceof PDFDropdown ? field.getSelected().join() : "?",
        ]),
    ),
  };
}

function textOf(pdf: Uint8Array, name: string) {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return { file, text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }) };
}

describe("the plan as the PDF for the personnel folder", () => {
  it("carries every value in a named form field, the Danish names in the text, the signatures and its metadata", async () => {
    const { plans } = await setting([{ email: aase, signed: true }]);
    const [{ planId, employee, content }] = plans;
    const { data, fileName } = await planVersionForDownload(database, employee, planId, 1);
    const pdf = await renderPlanPdf(data);
    const { document, values } = await fieldsOf(pdf);
    expect(values).toEqual({
      startWith: "Mening",
      expectations: content.expectations,
      goals: content.goals,
      motivated: "Ja",
      "action.1.what": "Lede morgenmødet hver fredag",
      "action.1.how": "Med en dagsorden, vi laver sammen",
      "action.1.support": "Sparring med Mette",
      "action.1.who": "Åse og Mette",
      "action.1.byWhen": "01-05-2027",
      "action.1.theme": "Trivsel og samarbejde i opgaveløsningen",
      "action.1.form": "Nye opgaver eller nyt ansvar",
      "action.1.waitsForWrapUp": "Ja",
      "action.1.subtask.1": "Lave en dagsorden",
      "action.2.what": "Skrive en overleveringsguide",
      "action.2.how": "",
      "action.2.support": "",
      "action.2.who": "",
      "action.2.byWhen": "",
      "action.2.theme": "",
      "action.2.form": "",
      "action.2.waitsForWrapUp": "Nej",
      followUpDate: "15-09-2027",
      evaluation: "Godt at skrive planen sammen.",
      employeeComment: "",
    });
    expect(document.getTitle()).toBe("Kompetenceudviklingsplan – Åse Kirkegaard – MUS 2027 – udgave 1");
    expect(document.getAuthor()).toBe("Vesterå Kommune");
    expect(document.getSubject()).toBe("Kompetenceudviklingsplan fra medarbejderudviklingssamtalen");
    expect(String(document.catalog.get(PDFName.of("Lang")))).toContain("da");
    const { file, text } = textOf(pdf, "plan.pdf");
    for (const expected of [
      "Åse Kirkegaard",
      "Mette Søndergård, Dagtilbudsleder",
      "Vesterå Kommune",
      "Dagtilbud Solstrålen",
      /1, underskrevet \d+\. \w+ 20\d\d kl\. \d\d\.\d\d/,
      "Godkendt af",
    ])
      expect(text).toMatch(expected);
    expect(execFileSync("pdffonts", [file], { encoding: "utf8" })).toMatch(/NotoSans/);
    expect(fileName).toBe("kompetenceudviklingsplan-åse-kirkegaard-mus-2027-udgave-1.pdf");
    // Every field's lines, as its appearance draws them, inside its box (pdftotext would find a cut-off line too).
    expect(hiddenText(await drawnFields(pdf))).toEqual([]);
  });

  it("prints a 20,000-character field in full over several pages and keeps it whole in its form field", async () => {
    const { plans } = await setting([{ email: aase, signed: true, long: true }]);
    const [{ planId, employee, content }] = plans;
    const pdf = await renderPlanPdf((await planVersionForDownload(database, employee, planId, 1)).data);
    expect(content.goals.length).toBeGreaterThan(19_900);
    expect((await fieldsOf(pdf)).values.goals).toBe(content.goals);
    const { file, text } = textOf(pdf, "long.pdf");
    const words = text.match(/mål\d+/g) ?? [];
    const expected = content.goals.match(/mål\d+/g) ?? [];
    // Every word of the text is on the pages (the field's preview repeats the first ones).
    expect(new Set(words)).toEqual(new Set(expected));
    expect(text).toContain("SLUT-ÆØÅ");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThan(3);
    // Every page's footer: who and which version on the left, "Side n af N" on the same line at the right.
    const footers = expectedFooters(text, pages, "Fortroligt · Åse Kirkegaard · udgave 1");
    expect(footers.matches, footers.footers.join("\n")).toBe(true);
    const fields = await drawnFields(pdf);
    expect(hiddenText(fields)).toEqual([]);
    expect(fields.find((field) => field.name === "goals")!.lines.at(-1)!.text).toBe("…");
  });

  it("files only the agreements when the municipality says so", async () => {
    await database.municipality.updateMany({ data: { planFilingScope: "AGREEMENTS" } });
    const { plans } = await setting([{ email: aase, signed: true }]);
    const [{ planId, employee }] = plans;
    const { values } = await fieldsOf(await renderPlanPdf((await planVersionForDownload(database, employee, planId, 1)).data));
    expect(Object.keys(values)).not.toContain("goals");
    expect(Object.keys(values)).not.toContain("evaluation");
    expect(values["action.1.what"]).toBe("Lede morgenmødet hver fredag");
    expect(values.followUpDate).toBe("15-09-2027");
  });

  it("is for the parties, and for HR only once signed; every download is recorded", async () => {
    const { plans, mette } = await setting([{ email: aase, signed: false }]);
    const [{ planId, employee, content }] = plans;
    await approvePlan(database, employee, planId, contentHash(content)); // version 1, approved by one
    const hr = await actorFor(database, demoEmail("birgitte.dalsgaard"));
    const colleague = await actorFor(database, demoEmail("freja.lund"));
    await expect(planVersionForDownload(database, hr, planId, 1)).rejects.toBeInstanceOf(AccessDenied);
    await expect(planVersionForDownload(database, colleague, planId, 1)).rejects.toBeInstanceOf(AccessDenied);
    await planVersionForDownload(database, employee, planId, 1);
    await approvePlan(database, mette, planId, contentHash(content));
    await planVersionForDownload(database, hr, planId, 1);
    const downloads = await database.auditEvent.findMany({ where: { action: "plan.download" }, orderBy: { id: "asc" } });
    expect(downloads.map((entry) => [entry.actorId, entry.purpose])).toEqual([
      [employee.id, "conversation"],
      [hr.id, "filing"],
    ]);
  });
});

describe("HR's filing desk", () => {
  it("exports exactly the signed plans of the selection as a ZIP of named PDFs, and counts without contents", async () => {
    const { roundId } = await setting([
      { email: aase, signed: true },
      { email: demoEmail("jonas.broendum"), signed: true },
      { email: demoEmail("freja.lund"), signed: false },
    ]);
    const hr = await actorFor(database, demoEmail("birgitte.dalsgaard"));
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    const versions = await latestSignedVersions(database, municipalityId, { roundId });
    async function* entries() {
      for await (const plan of signedVersionsForExport(
        database,
        hr,
        versions.map((version) => version.versionId),
      ))
        yield { name: plan.fileName, bytes: () => renderPlanPdf(plan.data) };
    }
    const chunks: Uint8Array[] = [];
    const reader = zipStream(entries()).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    const files = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(files).sort()).toEqual([
      "kompetenceudviklingsplan-jonas-brøndum-mus-2027-udgave-1.pdf",
      "kompetenceudviklingsplan-åse-kirkegaard-mus-2027-udgave-1.pdf",
    ]);
    for (const pdf of Object.values(files)) expect((await PDFDocument.load(pdf)).getForm().getFields().length).toBeGreaterThan(10);
    expect(await database.auditEvent.count({ where: { action: "plan.export", actorId: hr.id } })).toBe(2);

    const [progress] = (await loadFilingProgress(database, municipalityId)).filter((row) => row.roundId === roundId);
    // Neither conversation was booked in the system; the signed plans say they were held.
    expect(progress).toMatchObject({ plansSigned: 2, plansFiled: 0, sheetsShared: 0, conversationsHeld: 2 });
    expect(progress.participants).toBeGreaterThanOrEqual(3);
  });

  it("counts a conversation as held once its time has passed or its plan is signed, the same for HR and the leader", async () => {
    const { roundId } = await setting([
      { email: aase, signed: true },
      { email: demoEmail("jonas.broendum"), signed: false },
      { email: demoEmail("freja.lund"), signed: false },
    ]);
    const now = new Date();
    const book = async (email: string, startsAt: Date) =>
      database.conversation.create({
        data: {
          participantId: (await participantOf(database, roundId, email)).id,
          startsAt,
          durationMinutes: 60,
          location: "Kontoret",
          icsUid: `${email}-${startsAt.getTime()}@test`,
        },
      });
    // Åse's is booked for next week but her plan is already signed; Jonas's was yesterday; Freja's is tomorrow.
    await book(aase, new Date(now.getTime() + 7 * 86_400_000));
    await book(demoEmail("jonas.broendum"), new Date(now.getTime() - 86_400_000));
    await book(demoEmail("freja.lund"), new Date(now.getTime() + 86_400_000));
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    const [hr] = (await loadFilingProgress(database, municipalityId, now)).filter((row) => row.roundId === roundId);
    const { progress } = await loadOverview(database, roundId, 5, now);
    expect(hr).toMatchObject({ conversationsHeld: 2, plansSigned: 1 });
    expect(progress).toMatchObject({ conversationsHeld: 2, plansSigned: 1 });
  });

  it("marks a signed plan as filed once, by HR only; the employee's remark goes with it until then", async () => {
    const { plans, mette } = await setting([{ email: aase, signed: true }]);
    const [{ planId, employee }] = plans;
    const hr = await actorFor(database, demoEmail("birgitte.dalsgaard"));
    const version = await database.planVersion.findFirstOrThrow({ where: { planId, number: 1 } });
    await expect(saveEmployeeComment(database, mette, version.id, "Nej")).rejects.toBeInstanceOf(AccessDenied);
    await saveEmployeeComment(database, employee, version.id, "Jeg vil gerne have mere tid til forberedelse.");
    await expect(markFiled(database, mette, version.id)).rejects.toBeInstanceOf(AccessDenied);
    await markFiled(database, hr, version.id);
    await expect(markFiled(database, hr, version.id)).rejects.toThrow(FormError);
    await expect(saveEmployeeComment(database, employee, version.id, "For sent")).rejects.toThrow(FormError);
    const { data } = await planVersionForDownload(database, employee, planId, 1);
    expect(data.employeeComment).toBe("Jeg vil gerne have mere tid til forberedelse.");
    expect(data.filed).toMatch(/ af Birgitte Dalsgaard$/);
    const { values } = await fieldsOf(await renderPlanPdf(data));
    expect(values.employeeComment).toBe("Jeg vil gerne have mere tid til forberedelse.");
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    expect(await latestSignedVersions(database, municipalityId, { unfiledOnly: true })).toEqual([]);
  });
});
