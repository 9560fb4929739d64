import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import { sessionCookieBaseName } from "@/lib/auth/cookies";
import type { Download } from "@/lib/http/download";
import { blankPlanPdf, blankSheetPdf, tableQuestionsPdf } from "@/lib/domain/rounds/paper-forms";
import { skema2, skema3, vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { expectedFooters } from "../support/pdf-field-text";
import { actorFor, demoEmail, participantOf, publishedRound } from "../support/rounds";

// The paper route's blank forms, read back as a reader reads them (pdftotext, pdfinfo): every
// question of the group, the four dimensions, Skema 2 and 3, the plan's sections and signatures;
// a long sheet over several pages with nothing cut; and who may download them, through the routes.

const secret = vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-1234";
  return process.env.NEXTAUTH_SECRET;
});

const database = testDatabase();
const dir = mkdtempSync(join(tmpdir(), "mus-paper-"));
const flat = (text: string) => text.replace(/\s+/g, " ");

function written(name: string, download: Download) {
  const file = join(dir, name);
  writeFileSync(file, download.body as Uint8Array);
  return {
    file,
    text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
    flat: flat(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
  };
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function mettesRound(publish = true) {
  const mette = await actorFor(database, demoEmail("mette.soendergaard"));
  const roundId = await publishedRound(database, mette, { publish });
  const aase = await participantOf(database, roundId, demoEmail("aase.kirkegaard"));
  return { mette, roundId, aase };
}

/** A group of its own in the round with `count` long questions spread over the round's themes. */
async function groupWithQuestions(roundId: string, count: number) {
  const themes = await database.roundTheme.findMany({ where: { roundId }, orderBy: { position: "asc" } });
  const group = await database.roundGroup.create({ data: { roundId, position: 99, name: "Køkken og rengøring" } });
  const texts = Array.from(
    { length: count },
    (_, index) =>
      `Spørgsmål ${String(index + 1).padStart(2, "0")}: Hvordan oplever du arbejdsgangene i køkkenet, når der er travlt om formiddagen, og hvad kunne gøre dem lettere for jer?`,
  );
  await database.roundQuestion.createMany({
    data: texts.map((text, index) => ({ themeId: themes[index % themes.length].id, groupId: group.id, position: index, text })),
  });
  return { group, texts };
}

describe("the blank preparation sheet (Skema 1)", () => {
  it("holds every question of the group as the round has it, the four dimensions with a 1–10 scale, and a line for name and date", async () => {
    const { mette, roundId, aase } = await mettesRound();
    const download = await blankSheetPdf(database, mette, roundId, aase.groupId);
    expect(download.fileName).toBe(`forberedelsesskema-til-print-${aase.group.name}-MUS 2027.pdf`);
    const pdf = written("sheet.pdf", download);
    expect(aase.group.questions.length).toBeGreaterThan(0);
    for (const question of aase.group.questions) expect(pdf.flat).toContain(flat(question.text));
    for (const dimension of vitalisationDimensions) {
      expect(pdf.flat).toContain(dimension.name);
      expect(pdf.flat).toContain(flat(dimension.definition));
    }
    expect(pdf.flat).toMatch(/1 2 3 4 5 6 7 8 9 10/);
    for (const expected of [
      "Navn",
      "Dato",
      "Hvordan bidrager du, og kunne du gøre andet/mere?",
      "Hvad udfordres du af, og hvad mangler du?",
      "Andet fælles",
      "Andet individuelt",
      "Hvilken dimension vil du gerne starte samtalen med?",
      "Kerneopgaven",
    ])
      expect(pdf.flat).toContain(expected);
    expect(pdf.info).toContain(`Title:           Forberedelsesskema – ${aase.group.name} – MUS 2027`);
    // Questions of the round's other groups stay out.
    const others = await database.roundQuestion.findMany({ where: { group: { roundId }, groupId: { not: aase.groupId } } });
    const own = new Set(aase.group.questions.map((question) => question.text));
    for (const other of others.filter((question) => !own.has(question.text))) expect(pdf.flat).not.toContain(flat(other.text));
  });

  it("flows a group of 40 questions over several pages, every question and the last one in full, page numbers on each", async () => {
    const { mette, roundId } = await mettesRound();
    const { group, texts } = await groupWithQuestions(roundId, 40);
    const pdf = written("sheet-40.pdf", await blankSheetPdf(database, mette, roundId, group.id));
    expect(pdf.pages).toBeGreaterThan(4);
    for (const text of texts) expect(pdf.flat).toContain(text);
    expect(pdf.flat).toContain(texts.at(-1));
    // The last question still has its writing space, and the sheet ends with the two "andet" boxes.
    expect(pdf.flat.lastIndexOf("Hvad udfordres du af")).toBeGreaterThan(pdf.flat.indexOf(texts.at(-1)!));
    expect(pdf.flat.trimEnd()).toMatch(/Andet individuelt/);
    const footers = expectedFooters(pdf.text, pdf.pages, "Forberedelsesskema · Køkken og rengøring · MUS 2027");
    expect(footers.matches, footers.footers.join("\n")).toBe(true);
    const fonts = execFileSync("pdffonts", [pdf.file], { encoding: "utf8" });
    expect(fonts).toMatch(/NotoSans/);
  });

  it("gives a participant their own group's sheet, whichever group is asked for", async () => {
    const { roundId, aase } = await mettesRound();
    const { group } = await groupWithQuestions(roundId, 3);
    const actor = await actorFor(database, demoEmail("aase.kirkegaard"));
    const pdf = written("own.pdf", await blankSheetPdf(database, actor, roundId, group.id));
    expect(pdf.flat).toContain(`Gruppen »${aase.group.name}«`);
    expect(pdf.flat).not.toContain("Køkken og rengøring");
  });
});

describe("Skema 2 and 3 for the table", () => {
  it("holds both forms' questions from the question banks, each form on its own page", async () => {
    const { mette, roundId } = await mettesRound();
    const download = await tableQuestionsPdf(database, mette, roundId);
    expect(download.fileName).toBe("skema-2-og-3-MUS 2027.pdf");
    const pdf = written("skema-2-og-3.pdf", download);
    expect(pdf.pages).toBe(2);
    const [first, second] = pdf.text.split("\f").map(flat);
    for (const [page, bank] of [
      [first, skema2],
      [second, skema3],
    ] as const) {
      expect(page).toContain(bank.title);
      expect(page).toContain("Hvordan oplever du, at I …");
      for (const question of bank.questions) expect(page).toContain(flat(question.text));
    }
  });
});

describe("the blank plan", () => {
  it("has the plan's sections with room to write and a signature line for each party", async () => {
    const { mette, roundId } = await mettesRound();
    const download = await blankPlanPdf(database, mette, roundId);
    expect(download.fileName).toBe("kompetenceudviklingsplan-til-print-MUS 2027.pdf");
    const pdf = written("plan.pdf", download);
    for (const expected of [
      "Kompetenceudviklingsplan",
      "MUS 2027 (MUS)",
      "Mette Søndergård",
      "Forventningsafstemning",
      "Mål",
      "Øvebane 1",
      "Øvebane 2",
      "Hvilken støtte er der brug for?",
      "Aftalen afventer den fælles opsamling",
      "Dato for opfølgning på hele planen",
      "Evaluering af samtalen",
      "Dato og underskrift, medarbejder",
      "Dato og underskrift, leder",
    ])
      expect(pdf.flat).toContain(expected);
    for (const dimension of vitalisationDimensions) expect(pdf.flat).toContain(dimension.name);
    expect(pdf.flat).not.toContain("Øvebane 3");
    // The signatures end the last page, never on a page of their own.
    expect(pdf.pages).toBeLessThanOrEqual(3);
    expect(flat(pdf.text.split("\f")[pdf.pages - 1])).toContain("Opfølgning og evaluering");
  });

  it("names the parties by the round's kind: in LUS a leader and the leader's leader", async () => {
    const karen = await actorFor(database, demoEmail("karen.hoejgaard"));
    const roundId = await publishedRound(database, karen, { kind: "LUS", publish: false });
    const pdf = written("plan-lus.pdf", await blankPlanPdf(database, karen, roundId));
    expect(pdf.flat).toContain("Dato og underskrift, leder");
    expect(pdf.flat).toContain("Dato og underskrift, leders leder");
    expect(pdf.flat).not.toContain("medarbejder,");
  });
});

const routes = {
  forberedelsesskema: () => import("@/app/runder/[id]/papir/forberedelsesskema/route"),
  "skema-2-og-3": () => import("@/app/runder/[id]/papir/skema-2-og-3/route"),
  plan: () => import("@/app/runder/[id]/papir/plan/route"),
};

describe("who may download the blank forms", () => {
  async function get(route: "forberedelsesskema" | "skema-2-og-3" | "plan", roundId: string, email: string, query = "") {
    const { GET } = await routes[route]();
    const person = await database.person.findUniqueOrThrow({ where: { email } });
    const session = await database.authSession.create({ data: { personId: person.id, provider: "test" } });
    const token = await encode({ token: { sub: person.id, sid: session.id }, secret: secret! });
    const request = new Request(`http://localhost:3000/runder/${roundId}/papir/${route}${query}`, {
      headers: { cookie: `${sessionCookieBaseName}=${token}` },
    });
    return GET(request, { params: Promise.resolve({ id: roundId }) });
  }

  it("serves the round's leader a PDF with a Danish, ASCII-safe file name", async () => {
    const { roundId, aase } = await mettesRound(false);
    const response = await get("forberedelsesskema", roundId, demoEmail("mette.soendergaard"), `?gruppe=${aase.groupId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="forberedelsesskema-til-print-[A-Za-z0-9-]+-mus-2027\.pdf"/);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    for (const route of ["skema-2-og-3", "plan"] as const) {
      const other = await get(route, roundId, demoEmail("mette.soendergaard"));
      expect(other.status).toBe(200);
      expect(other.headers.get("content-disposition")).toMatch(
        /filename="(skema-2-og-3|kompetenceudviklingsplan-til-print)-mus-2027\.pdf"/,
      );
    }
  });

  it("answers 404 to another leader and to HR, and to a participant before the round is published", async () => {
    const { roundId, aase } = await mettesRound(false);
    for (const route of ["forberedelsesskema", "skema-2-og-3", "plan"] as const) {
      for (const email of [demoEmail("ole.baekgaard"), demoEmail("birgitte.dalsgaard"), demoEmail("aase.kirkegaard")]) {
        const response = await get(route, roundId, email, `?gruppe=${aase.groupId}`);
        expect(response.status, `${route} for ${email}`).toBe(404);
      }
    }
  });

  it("refuses in the domain function too, and a group of another round is not found", async () => {
    const { mette, roundId } = await mettesRound();
    const ole = await actorFor(database, demoEmail("ole.baekgaard"));
    await expect(blankSheetPdf(database, ole, roundId, undefined)).rejects.toBeInstanceOf(AccessDenied);
    await expect(tableQuestionsPdf(database, ole, roundId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(blankPlanPdf(database, ole, roundId)).rejects.toBeInstanceOf(AccessDenied);
    const otherRound = await publishedRound(database, mette, { year: 2028 });
    const foreign = await database.roundGroup.findFirstOrThrow({ where: { roundId: otherRound } });
    await expect(blankSheetPdf(database, mette, roundId, foreign.id)).rejects.toBeInstanceOf(AccessDenied);
  });

  it("lets a participant download them once the round is published", async () => {
    const { roundId } = await mettesRound();
    for (const route of ["forberedelsesskema", "skema-2-og-3", "plan"] as const) {
      expect((await get(route, roundId, demoEmail("aase.kirkegaard"))).status).toBe(200);
    }
  });
});
