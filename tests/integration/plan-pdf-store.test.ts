import { unzipSync } from "fflate";
import { PDFDocument, PDFTextField } from "pdf-lib";
import { beforeEach, describe, expect, it } from "vitest";
import type { PlanContent } from "@/lib/domain/plans/doc";
import { markFiled, saveEmployeeComment } from "@/lib/domain/plans/mutations/filing";
import { planVersionForDownload, preparePlanPdf, signedVersionsForExport } from "@/lib/domain/plans/pdf/versions";
import { ensurePlan } from "@/lib/domain/plans/live/store";
import { storedPlanContent } from "@/lib/domain/plans/stored/read-content";
import { planPdfBytes, planPdfRenderer } from "@/lib/domain/plans/pdf/stored";
import { renderPlanPdf, type PlanPdfData } from "@/lib/pdf/plan";
import { zipStream } from "@/lib/pdf/zip-stream";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

// A plan as sign-off stores it (stored/read-content.ts): what the app never wrote is refused on reading.
const content: PlanContent = {
  startWith: "mening",
  motivated: "yes",
  expectations: "Tale om arbejdstid – især om fredagen.",
  goals: "Blive tryg i at lede morgenmødet.",
  evaluation: "",
  followUpDate: "2027-09-15",
  actions: [
    {
      what: "Lede morgenmødet",
      how: "Med en dagsorden",
      support: "Sparring",
      who: "Åse og Mette",
      byWhen: "2027-05-01",
      theme: "",
      form: "",
      waitsForWrapUp: false,
      carriedFrom: "",
      subtasks: [],
    },
  ],
};

/** Mette's round with a version of each named person's plan, signed unless said otherwise. */
async function versions(people: { email: string; signed: boolean }[]) {
  const mette = await actorFor(database, demoEmail("mette.soendergaard"));
  const roundId = await publishedRound(database, mette);
  const ids = [];
  for (const person of people) {
    const planId = await ensurePlan(database, (await participantOf(database, roundId, person.email)).id);
    const version = await database.planVersion.create({
      data: { planId, number: 1, content: storedPlanContent(content), contentHash: "test", signedAt: person.signed ? new Date() : null },
    });
    ids.push({ planId, versionId: version.id });
  }
  return { mette, ids };
}

/** The real renderer, counted. */
function countingRender() {
  const counter = { renders: 0, render: (data: PlanPdfData) => ((counter.renders += 1), renderPlanPdf(data)) };
  return counter;
}

const marker = new Uint8Array(Buffer.from("%PDF-1.7 the stored copy"));
const fieldValue = async (pdf: Uint8Array, name: string) =>
  (await PDFDocument.load(pdf))
    .getForm()
    .getFields()
    .find((field) => field.getName() === name) as PDFTextField;

describe("the stored PDF of a signed plan version", () => {
  it("is rendered once, stored, and then served as stored", async () => {
    const {
      mette,
      ids: [{ planId, versionId }],
    } = await versions([{ email: demoEmail("aase.kirkegaard"), signed: true }]);
    const { data } = await planVersionForDownload(database, mette, planId, 1);
    const counter = countingRender();
    const first = await planPdfBytes(database, versionId, data, counter);
    expect(counter.renders).toBe(1);
    const stored = await database.planPdf.findUniqueOrThrow({ where: { versionId_renderer: { versionId, renderer: planPdfRenderer } } });
    expect(Buffer.from(stored.bytes).equals(Buffer.from(first))).toBe(true);

    // What is served is what the table holds, not a new render: change the stored bytes and they come back.
    await database.planPdf.update({ where: { versionId_renderer: { versionId, renderer: planPdfRenderer } }, data: { bytes: marker } });
    const second = await planPdfBytes(database, versionId, data, counter);
    expect(Buffer.from(second).toString()).toBe("%PDF-1.7 the stored copy");
    expect(counter.renders).toBe(1);
  });

  it("is rendered again by a new renderer version, which replaces the old one's copy", async () => {
    const {
      mette,
      ids: [{ planId, versionId }],
    } = await versions([{ email: demoEmail("aase.kirkegaard"), signed: true }]);
    const { data } = await planVersionForDownload(database, mette, planId, 1);
    const counter = countingRender();
    await planPdfBytes(database, versionId, data, { ...counter, renderer: "test-old" });
    await database.planPdf.update({ where: { versionId_renderer: { versionId, renderer: "test-old" } }, data: { bytes: marker } });

    const fresh = await planPdfBytes(database, versionId, data, { render: counter.render, renderer: "test-new" });
    expect(counter.renders).toBe(2);
    expect(Buffer.from(fresh).toString("latin1", 0, 5)).toBe("%PDF-");
    expect(Buffer.from(fresh).toString()).not.toContain("the stored copy");
    expect(await database.planPdf.findMany({ where: { versionId }, select: { renderer: true } })).toEqual([{ renderer: "test-new" }]);
  });

  it("is rendered again when what it shows changes after signing (the employee's remark)", async () => {
    const {
      mette,
      ids: [{ planId, versionId }],
    } = await versions([{ email: demoEmail("aase.kirkegaard"), signed: true }]);
    const counter = countingRender();
    await planPdfBytes(database, versionId, (await planVersionForDownload(database, mette, planId, 1)).data, counter);
    await saveEmployeeComment(database, await actorFor(database, demoEmail("aase.kirkegaard")), versionId, "Jeg er enig – på nær én ting.");

    const pdf = await planPdfBytes(database, versionId, (await planVersionForDownload(database, mette, planId, 1)).data, counter);
    expect(counter.renders).toBe(2);
    expect((await fieldValue(pdf, "employeeComment")).getText()).toBe("Jeg er enig – på nær én ting.");
    expect(await database.planPdf.count({ where: { versionId } })).toBe(1);
  });

  it("is made ready when the plan is signed or filed, so that the download only reads it; no download is recorded", async () => {
    const {
      mette,
      ids: [signed, unsigned],
    } = await versions([
      { email: demoEmail("aase.kirkegaard"), signed: true },
      { email: demoEmail("jonas.broendum"), signed: false },
    ]);
    const counter = countingRender();
    await preparePlanPdf(database, { planId: signed.planId, number: 1 }, counter);
    await preparePlanPdf(database, { versionId: unsigned.versionId }, counter);
    expect(counter.renders).toBe(1);
    expect(await database.planPdf.findMany({ select: { versionId: true } })).toEqual([{ versionId: signed.versionId }]);
    expect(await database.auditEvent.count({ where: { action: "plan.download" } })).toBe(0);

    await planPdfBytes(database, signed.versionId, (await planVersionForDownload(database, mette, signed.planId, 1)).data, counter);
    expect(counter.renders).toBe(1);

    // Filed: the PDF says so, and is made again before anyone asks.
    await markFiled(database, await actorFor(database, demoEmail("birgitte.dalsgaard")), signed.versionId);
    await preparePlanPdf(database, { versionId: signed.versionId }, counter);
    expect(counter.renders).toBe(2);
    await planPdfBytes(database, signed.versionId, (await planVersionForDownload(database, mette, signed.planId, 1)).data, counter);
    expect(counter.renders).toBe(2);
  });

  it("is stored once when two downloads render it at the same time", async () => {
    const {
      mette,
      ids: [{ planId, versionId }],
    } = await versions([{ email: demoEmail("aase.kirkegaard"), signed: true }]);
    const { data } = await planVersionForDownload(database, mette, planId, 1);
    const counter = countingRender();
    const [one, two] = await Promise.all([
      planPdfBytes(database, versionId, data, counter),
      planPdfBytes(database, versionId, data, counter),
    ]);
    expect(counter.renders).toBe(2);
    expect(Buffer.from(one).toString("latin1", 0, 5)).toBe("%PDF-");
    expect(Buffer.from(two).toString("latin1", 0, 5)).toBe("%PDF-");
    expect(await database.planPdf.count({ where: { versionId } })).toBe(1);
  });

  it("is never kept for an unsigned version", async () => {
    const {
      mette,
      ids: [{ planId, versionId }],
    } = await versions([{ email: demoEmail("aase.kirkegaard"), signed: false }]);
    const counter = countingRender();
    const { data } = await planVersionForDownload(database, mette, planId, 1);
    await planPdfBytes(database, versionId, data, counter);
    await planPdfBytes(database, versionId, data, counter);
    expect(counter.renders).toBe(2);
    expect(await database.planPdf.count()).toBe(0);
  });

  it("goes into HR's ZIP as stored; a plan with none stored is rendered for the ZIP and stored", async () => {
    const { ids } = await versions([
      { email: demoEmail("aase.kirkegaard"), signed: true },
      { email: demoEmail("jonas.broendum"), signed: true },
    ]);
    const hr = await actorFor(database, demoEmail("birgitte.dalsgaard"));
    const counter = countingRender();
    // Åse's PDF was stored before (a download); Jonas's never was.
    for await (const plan of signedVersionsForExport(database, hr, [ids[0].versionId]))
      await planPdfBytes(database, plan.versionId, plan.data, counter);
    await database.planPdf.update({
      where: { versionId_renderer: { versionId: ids[0].versionId, renderer: planPdfRenderer } },
      data: { bytes: marker },
    });

    async function* entries() {
      for await (const plan of signedVersionsForExport(
        database,
        hr,
        ids.map((id) => id.versionId),
      ))
        yield { name: plan.fileName, bytes: () => planPdfBytes(database, plan.versionId, plan.data, { ...counter, stored: plan.stored }) };
    }
    const chunks: Uint8Array[] = [];
    const reader = zipStream(entries()).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    const files = unzipSync(Buffer.concat(chunks));
    expect(counter.renders).toBe(2);
    expect(Buffer.from(files["kompetenceudviklingsplan-åse-kirkegaard-mus-2027-udgave-1.pdf"]).toString()).toBe("%PDF-1.7 the stored copy");
    const jonas = files["kompetenceudviklingsplan-jonas-brøndum-mus-2027-udgave-1.pdf"];
    expect((await fieldValue(jonas, "goals")).getText()).toBe("Blive tryg i at lede morgenmødet.");
    const stored = await database.planPdf.findUniqueOrThrow({
      where: { versionId_renderer: { versionId: ids[1].versionId, renderer: planPdfRenderer } },
    });
    expect(Buffer.from(stored.bytes).equals(Buffer.from(jonas))).toBe(true);
  });
});
