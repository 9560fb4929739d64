import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { loadOverview } from "@/lib/domain/overview/data";
import { applyTextChange, planContent, planText } from "@/lib/domain/plans/doc";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { planVersionForDownload } from "@/lib/domain/plans/pdf/versions";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { invitationLettersPdf } from "@/lib/domain/rounds/paper-forms";
import { saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { savePaperChanges } from "@/lib/domain/sheets/paper";
import { da } from "@/lib/i18n/da";
import { renderPlanPdf } from "@/lib/pdf/plan";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

// The paper route for someone without e-mail or a PC: the leader prints the invitation, types in
// the paper form, and registers the employee's signature on the printed plan; each is marked as
// done on the employee's behalf, in the app, the audit log and the PDFs. A paper form for someone
// who also began their own sheet is kept beside it; nothing is overwritten.

const database = testDatabase();
const dir = mkdtempSync(join(tmpdir(), "mus-paper-registration-"));
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

function pdfText(name: string, bytes: Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
}, 120_000);

/** Mette's published round with Åse, who has no e-mail address (kitchen staff, say). */
async function setting() {
  const found = await aaseInMettesRound(database);
  await database.person.update({ where: { id: found.aase.id }, data: { email: null, employeeNumber: "K-4711" } });
  const question = found.participant.group.questions[0].id;
  const change = (key: string, value: string | number, baseRevision = 0) => ({ key, value, baseRevision });
  return { ...found, question, change };
}

describe("a paper form typed in by the leader", () => {
  it("becomes the employee's shared sheet, marked and audited, counted like any other", async () => {
    const { mette, participant, question, change } = await setting();
    const outcome = await savePaperChanges(database, mette, {
      participantId: participant.id,
      target: "sheet",
      changes: [change("score.mening", 8), change(`answer.${question}.contribute`, "Jeg holder køkkenet kørende, også når vi er få.")],
    });
    expect(outcome.refused).toEqual({});
    const sheet = await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(sheet).toMatchObject({ state: "SUBMITTED", registeredById: mette.id });
    expect(sheet.submittedAt).not.toBeNull();
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "sheet.registerPaper", subjectId: participant.personId } });
    expect(audit.actorId).toBe(mette.id);
    expect(audit.resourceKind).toBe("preparationSheet");
    // The sheet counts as shared in the round's progress.
    const overview = await loadOverview(database, participant.roundId, 5);
    expect(overview.progress.sheetsShared).toBe(1);
  });

  it("is the leader's alone to type in, and refuses a bad value next to its field", async () => {
    const { mette, participant, question, change } = await setting();
    const colleague = await actorFor(database, demoEmail("ole.baekgaard"));
    await expect(
      savePaperChanges(database, colleague, { participantId: participant.id, target: "sheet", changes: [change("score.mening", 5)] }),
    ).rejects.toBeInstanceOf(AccessDenied);
    const outcome = await savePaperChanges(database, mette, {
      participantId: participant.id,
      target: "sheet",
      changes: [change("score.mening", 11), change(`answer.${question}.contribute`, "Gemmes alligevel")],
    });
    expect(outcome.refused["score.mening"]).toBe(da.sheets.errors.score);
    expect(Object.keys(outcome.saved)).toEqual([`answer.${question}.contribute`]);
  });

  it("is kept beside a sheet the employee began in the app, and neither overwrites the other", async () => {
    const { mette, aase, participant, question, change } = await setting();
    await saveSheetChanges(database, aase, participant.id, [change(`answer.${question}.contribute`, "Min egen tekst fra tabletten")]);
    // The leader's page loaded before the employee began: its save names the old target and is refused.
    const stale = await rejection(
      savePaperChanges(database, mette, { participantId: participant.id, target: "sheet", changes: [change("score.mening", 4)] }),
    );
    expect(stale).toBeInstanceOf(FormError);
    expect((stale as Error).message).toBe(da.paper.registration.errors.ownSheetBegun);

    await savePaperChanges(database, mette, {
      participantId: participant.id,
      target: "paper",
      changes: [change(`answer.${question}.contribute`, "Papirets tekst")],
    });
    const own = await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(own.fields).toEqual({ [`answer.${question}.contribute`]: "Min egen tekst fra tabletten" });
    expect(own).toMatchObject({ state: "DRAFT", registeredById: null });
    const paper = await database.paperSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(paper.fields).toEqual({ [`answer.${question}.contribute`]: "Papirets tekst" });
    expect(paper.registeredById).toBe(mette.id);
    // The employee goes on writing their own; the paper form stays as typed in.
    await saveSheetChanges(database, aase, participant.id, [change(`answer.${question}.contribute`, "Min egen tekst, rettet", 1)]);
    expect((await database.paperSheet.findUniqueOrThrow({ where: { participantId: participant.id } })).fields).toEqual(paper.fields);
  });

  it("cannot be typed in once the round is closed, and creates nothing then", async () => {
    const { mette, participant, change } = await setting();
    await database.round.update({ where: { id: participant.roundId }, data: { state: "CLOSED" } });
    const closed = await rejection(
      savePaperChanges(database, mette, { participantId: participant.id, target: "sheet", changes: [change("score.mening", 4)] }),
    );
    expect((closed as Error).message).toBe(da.paper.registration.errors.notOpen);
    expect(await database.preparationSheet.count({ where: { participantId: participant.id } })).toBe(0);
  });

  it("leaves an employee's own sheet, once the employee shared it, as the employee wrote it", async () => {
    const { mette, aase, participant, question, change } = await setting();
    await saveSheetChanges(database, aase, participant.id, [change(`answer.${question}.contribute`, "Delt fra appen")]);
    await setSheetSubmitted(database, aase, participant.id, true);
    await savePaperChanges(database, mette, {
      participantId: participant.id,
      target: "paper",
      changes: [change(`answer.${question}.contribute`, "Fra papiret")],
    });
    const own = await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(own.fields).toEqual({ [`answer.${question}.contribute`]: "Delt fra appen" });
    expect(own.registeredById).toBeNull();
  });
});

/** Writes into the stored plan as `actor` would from a browser. */
async function edit(planId: string, actor: Awaited<ReturnType<typeof actorFor>>, text: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  const before = Y.encodeStateVector(doc);
  applyTextChange(planText(doc, "goals"), text);
  await appendPlanUpdate(database, actor, planId, Y.encodeStateAsUpdate(doc, before));
  return planContent(doc);
}

describe("a registered sheet afterwards", () => {
  it("taken back by the employee becomes their own draft; what the paper said stays beside it, and the leader no longer reads the draft", async () => {
    const { mette, aase, participant, question, change } = await setting();
    await savePaperChanges(database, mette, {
      participantId: participant.id,
      target: "sheet",
      changes: [change(`answer.${question}.contribute`, "Fra papiret")],
    });
    await setSheetSubmitted(database, aase, participant.id, false);
    const own = await database.preparationSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(own).toMatchObject({ state: "DRAFT", registeredById: null });
    const paper = await database.paperSheet.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(paper).toMatchObject({ registeredById: mette.id, fields: { [`answer.${question}.contribute`]: "Fra papiret" } });
    // The leader's next save goes beside the draft, not into it.
    const into = await rejection(
      savePaperChanges(database, mette, { participantId: participant.id, target: "sheet", changes: [change("score.mening", 3)] }),
    );
    expect((into as Error).message).toBe(da.paper.registration.errors.ownSheetBegun);
    await saveSheetChanges(database, aase, participant.id, [change(`answer.${question}.contribute`, "Min egen udgave", 1)]);
    expect((await database.paperSheet.findUniqueOrThrow({ where: { participantId: participant.id } })).fields).toEqual(paper.fields);
  });

  it("is no longer typed in once the plan is signed", async () => {
    const { mette, participant, change } = await setting();
    await savePaperChanges(database, mette, { participantId: participant.id, target: "sheet", changes: [change("score.mening", 6)] });
    const planId = await ensurePlan(database, participant.id, mette.id);
    const content = await edit(planId, mette, "Mål");
    await approvePlan(database, mette, planId, contentHash(content));
    await approvePlan(database, mette, planId, contentHash(content), true);
    const after = await rejection(
      savePaperChanges(database, mette, { participantId: participant.id, target: "sheet", changes: [change("score.mening", 2, 1)] }),
    );
    expect((after as Error).message).toBe(da.paper.registration.errors.planSigned);
  });
});

describe("the employee's signature on the printed plan", () => {
  it("is registered by the leader for an employee without e-mail, marked in the PDF, and signs the plan", async () => {
    const { mette, participant } = await setting();
    const planId = await ensurePlan(database, participant.id, mette.id);
    const content = await edit(planId, mette, "Blive tryg i at lave mad til allergikere");
    await approvePlan(database, mette, planId, contentHash(content));
    const result = await approvePlan(database, mette, planId, contentHash(content), true);
    expect(result.signed).toBe(true);
    const approvals = await database.planApproval.findMany({ where: { version: { planId } } });
    expect(approvals.find((approval) => approval.personId === participant.personId)?.registeredById).toBe(mette.id);
    expect(approvals.find((approval) => approval.personId === mette.id)?.registeredById).toBeNull();
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "plan.approveOnPaper" } });
    expect(audit).toMatchObject({ actorId: mette.id, subjectId: participant.personId });

    const download = await planVersionForDownload(database, mette, planId, result.number);
    const text = pdfText("plan.pdf", await renderPlanPdf(download.data));
    expect(text).toContain(da.paper.signature.pdfMark("Mette Søndergård"));
    expect(text).toContain("Åse Kirkegaard");
  });

  it("is refused for an employee who has an e-mail address, and for anyone but the leader", async () => {
    const { mette, aase, participant } = await setting();
    const planId = await ensurePlan(database, participant.id, mette.id);
    const content = await edit(planId, mette, "Mål");
    // Åse signs herself: the employee is never the one registering a paper signature.
    await expect(approvePlan(database, aase, planId, contentHash(content), true)).rejects.toBeInstanceOf(AccessDenied);
    await database.person.update({ where: { id: aase.id }, data: { email: demoEmail("aase.kirkegaard") } });
    await approvePlan(database, mette, planId, contentHash(content));
    const refused = await rejection(approvePlan(database, mette, planId, contentHash(content), true));
    expect((refused as Error).message).toBe(da.paper.signature.errors.canSignIn);
    // Nor for someone without an address who signs in through the identity provider on a shared device.
    await database.person.update({ where: { id: aase.id }, data: { email: null, oidcIssuer: "https://idp", oidcSubject: "aase" } });
    expect(((await rejection(approvePlan(database, mette, planId, contentHash(content), true))) as Error).message).toBe(
      da.paper.signature.errors.canSignIn,
    );
    expect(await database.planApproval.count({ where: { personId: aase.id } })).toBe(0);
  });

  it("belongs to the version the leader approved and printed: not before it, not to a plan changed since", async () => {
    const { mette, participant } = await setting();
    const planId = await ensurePlan(database, participant.id, mette.id);
    const first = await edit(planId, mette, "Mål");
    const early = await rejection(approvePlan(database, mette, planId, contentHash(first), true));
    expect((early as Error).message).toBe(da.paper.signature.errors.approveFirst);
    await approvePlan(database, mette, planId, contentHash(first));
    // Changed after printing: the paper signature is not for this content.
    const changed = await edit(planId, mette, "Mål, ændret efter udskrivningen");
    const late = await rejection(approvePlan(database, mette, planId, contentHash(changed), true));
    expect((late as Error).message).toBe(da.paper.signature.errors.approveFirst);
    expect(await database.planApproval.count({ where: { personId: participant.personId } })).toBe(0);
    expect(await database.planVersion.count({ where: { planId } })).toBe(1);
  });
});

describe("invitations on paper", () => {
  it("prints a letter to each participant without e-mail, with the booked time and place, for the leader only", async () => {
    const { mette, participant } = await setting();
    const { version } = await database.round.findUniqueOrThrow({ where: { id: participant.roundId } });
    await scheduleConversation(database, { actor: mette, roundId: participant.roundId, version }, participant.id, {
      date: "2027-02-10",
      time: "10:00",
      durationMinutes: 60,
      location: "Personalestuen",
    });
    const download = await invitationLettersPdf(database, mette, participant.roundId, undefined);
    const text = pdfText("letters.pdf", download.body as Uint8Array);
    expect(text).toContain("Kære Åse Kirkegaard");
    expect(text).toContain("10. februar 2027");
    expect(text).toContain("Personalestuen");
    expect(text).toContain("Mette Søndergård");
    // Only those without e-mail: nobody else in the round gets a letter.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(dir, "letters.pdf")], { encoding: "utf8" }))?.[1]);
    expect(pages).toBe(1);

    const other = await actorFor(database, demoEmail("ole.baekgaard"));
    await expect(invitationLettersPdf(database, other, participant.roundId, undefined)).rejects.toBeInstanceOf(AccessDenied);
    // Nobody whose processing is restricted (GDPR art. 18) is invited, on paper either.
    await database.person.update({
      where: { id: participant.personId },
      data: { restrictedAt: new Date(), restrictionReason: "CONTESTED_ACCURACY", restrictedById: mette.id },
    });
    await expect(invitationLettersPdf(database, mette, participant.roundId, participant.id)).rejects.toBeInstanceOf(AccessDenied);
  });
});
