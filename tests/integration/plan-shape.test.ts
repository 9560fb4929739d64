import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FormError } from "@/lib/auth/errors";
import { actionsOf, addAction, addSubtask, applyTextChange, planContent, planText, planValues, subtasksOf } from "@/lib/domain/plans/doc";
import { planVersionForDownload } from "@/lib/domain/plans/pdf/versions";
import { approvePlan, contentHash } from "@/lib/domain/plans/mutations/sign-off";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "@/lib/domain/plans/live/store";
import { renderPlanPdf } from "@/lib/pdf/plan";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound } from "../support/rounds";

// Whatever a Yjs update carries ends up in the signed plan and its PDF, so the store must refuse
// any document the plan's screens could not have made: a top-level type or key it does not know,
// an over-long or malformed value, a choice from outside its list. A plan that refused such an
// update must be exactly as before, and still sign and print.

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

type Hostile = [name: string, change: (doc: Y.Doc) => void];
const firstAction = (doc: Y.Doc) => actionsOf(doc).get(0);
const long = (length: number) => "2".repeat(length);

const hostile: Hostile[] = [
  ["an unknown top-level map", (doc) => doc.getMap("admin").set("role", "hr")],
  ["an unknown top-level text", (doc) => doc.getText("notes").insert(0, "skjult")],
  ["an unknown top-level array", (doc) => doc.getArray("extra").push([1, 2, 3])],
  ["a top-level type named like an object's own property", (doc) => doc.getMap("constructor").set("x", 1)],
  ["an unknown action key", (doc) => firstAction(doc).set("approvedBy", "everyone")],
  ["an unknown subtask key", (doc) => subtasksOf(firstAction(doc))!.get(0).set("done", true)],
  ["an unknown values key", (doc) => planValues(doc).set("signed", true)],
  ["a 150,000-character follow-up date", (doc) => planValues(doc).set("followUpDate", long(150_000))],
  ["a 150,000-character by-when", (doc) => firstAction(doc).set("byWhen", long(150_000))],
  ["a 150,000-character carried-from", (doc) => firstAction(doc).set("carriedFrom", long(150_000))],
  ["a 150,000-character start dimension", (doc) => planValues(doc).set("startWith", long(150_000))],
  ["a start dimension that is none of the four", (doc) => planValues(doc).set("startWith", "magt")],
  ["a motivation outside its list", (doc) => planValues(doc).set("motivated", "maybe")],
  ["a form outside its list", (doc) => firstAction(doc).set("form", "vacation")],
  ["a subtask state outside its list", (doc) => subtasksOf(firstAction(doc))!.get(0).set("state", "finished")],
  ["a theme past 200 characters", (doc) => firstAction(doc).set("theme", "t".repeat(201))],
  ["waits-for-wrap-up as text", (doc) => firstAction(doc).set("waitsForWrapUp", "ja")],
  ["a date that is no day", (doc) => planValues(doc).set("followUpDate", "2026-02-30")],
  ["a date before 2000", (doc) => planValues(doc).set("followUpDate", "1900-01-01")],
  ["a date after 2100", (doc) => firstAction(doc).set("byWhen", "2101-01-01")],
  ["a date in another form", (doc) => firstAction(doc).set("byWhen", "31-12-2026")],
  ["a date as a number", (doc) => planValues(doc).set("followUpDate", 20261231)],
  ["a date as shared text", (doc) => planValues(doc).set("followUpDate", new Y.Text("2026-12-31"))],
  ["an object embedded in a text", (doc) => planText(doc, "goals").insertEmbed(0, { image: "x" })],
  ["formatting in a text", (doc) => planText(doc, "goals").format(0, 2, { bold: true })],
  ["an action that is not a map", (doc) => (actionsOf(doc) as unknown as Y.Array<unknown>).push(["bare string"])],
  ["an action text that is a map", (doc) => firstAction(doc).set("what", new Y.Map())],
  ["subtasks that are not a list", (doc) => firstAction(doc).set("subtasks", "none")],
  ["a text field past 20,000 characters", (doc) => planText(doc, "evaluation").insert(0, "x".repeat(20_001))],
];

async function setting() {
  const { mette, aase, participant } = await aaseInMettesRound(database);
  const planId = await ensurePlan(database, participant.id);
  await edit(planId, aase, (doc) => {
    applyTextChange(planText(doc, "goals"), "Lære at lede morgenmødet");
    addAction(doc, { what: "Øve mødeledelse", byWhen: "2026-12-31", form: "training" });
    addSubtask(firstAction(doc));
    planValues(doc).set("followUpDate", "2027-03-01");
    planValues(doc).set("startWith", "mening");
  });
  return { mette, aase, planId };
}

/** The update a browser would send for `change`, made on the stored plan. */
async function updateFor(planId: string, actor: Awaited<ReturnType<typeof setting>>["aase"], change: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  const before = Y.encodeStateVector(doc);
  change(doc);
  return { update: Y.encodeStateAsUpdate(doc, before), doc };
}

async function edit(planId: string, actor: Awaited<ReturnType<typeof setting>>["aase"], change: (doc: Y.Doc) => void) {
  const { update, doc } = await updateFor(planId, actor, change);
  await appendPlanUpdate(database, actor, planId, update);
  return planContent(doc);
}

const stored = async (planId: string) => {
  const plan = await database.plan.findUniqueOrThrow({ where: { id: planId }, select: { state: true } });
  return { state: Buffer.from(plan.state).toString("base64"), updates: await database.planUpdate.count({ where: { planId } }) };
};

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("the shape of a stored plan", () => {
  it.each(hostile)("refuses %s and keeps the plan as it was", async (_name, change) => {
    const { aase, planId } = await setting();
    const before = await stored(planId);
    const { update } = await updateFor(planId, aase, change);
    await expect(appendPlanUpdate(database, aase, planId, update)).rejects.toBeInstanceOf(FormError);
    expect(await stored(planId)).toEqual(before);
  });

  it("refuses random hostile changes mixed into ordinary edits; the plan stays unchanged, signs and prints", async () => {
    const { mette, aase, planId } = await setting();
    const before = await stored(planId);
    const next = random(15);
    for (let round = 0; round < 60; round += 1) {
      const [name, change] = hostile[Math.floor(next() * hostile.length)];
      const who = next() < 0.5 ? aase : mette;
      const { update } = await updateFor(planId, who, (doc) => {
        applyTextChange(planText(doc, "evaluation"), `Runde ${round}`);
        change(doc);
        if (next() < 0.5) addAction(doc, { what: "Mere" });
      });
      await expect(appendPlanUpdate(database, who, planId, update), name).rejects.toBeInstanceOf(FormError);
    }
    expect(await stored(planId)).toEqual(before);

    // Ordinary edits still go through, and the plan signs and renders for both parties.
    const content = await edit(planId, mette, (doc) => applyTextChange(planText(doc, "evaluation"), "Godt samarbejde"));
    expect(content.followUpDate).toBe("2027-03-01");
    await approvePlan(database, aase, planId, contentHash(content));
    expect(await approvePlan(database, mette, planId, contentHash(content))).toEqual({ number: 1, signed: true });
    for (const actor of [aase, mette]) {
      const pdf = await renderPlanPdf((await planVersionForDownload(database, actor, planId, 1)).data);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    }
  });

  it("takes what the screens make: empty choices and dates, a cleared date, every list value", async () => {
    const { aase, planId } = await setting();
    const content = await edit(planId, aase, (doc) => {
      planValues(doc).set("followUpDate", "");
      planValues(doc).set("motivated", "unclear");
      planValues(doc).set("startWith", "");
      firstAction(doc).set("byWhen", "2100-12-31");
      firstAction(doc).set("form", "");
      firstAction(doc).set("waitsForWrapUp", true);
      subtasksOf(firstAction(doc))!.get(0).set("state", "done");
    });
    expect(content).toMatchObject({
      followUpDate: "",
      motivated: "unclear",
      actions: [{ byWhen: "2100-12-31", waitsForWrapUp: true, subtasks: [{ state: "done" }] }],
    });
  });
});
