import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { addAction, applyTextChange, planContent, planText } from "@/lib/domain/plans/doc";
import { appendPlanUpdate, ensurePlan, loadPlanState, updatesAfter } from "@/lib/domain/plans/live/store";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

const database = testDatabase();
const at = demoEmail;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

async function setting() {
  const { mette, aase, participant } = await aaseInMettesRound(database);
  return { mette, aase, planId: await ensurePlan(database, participant.id) };
}

/** A browser's replica: start from the stored state, collect what the person types as updates. */
async function replica(planId: string, actor: Awaited<ReturnType<typeof actorFor>>) {
  const doc = new Y.Doc();
  const { state } = await loadPlanState(database, actor, planId);
  Y.applyUpdate(doc, state, "remote");
  const outbox: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array, origin: unknown) => origin !== "remote" && outbox.push(update));
  return {
    doc,
    outbox,
    send: async () => {
      const pending = outbox.splice(0);
      for (const update of pending) await appendPlanUpdate(database, actor, planId, update);
    },
  };
}

async function storedContent(planId: string, actor: Awaited<ReturnType<typeof actorFor>>) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, actor, planId)).state);
  return planContent(doc);
}

describe("the plan's store", () => {
  it("takes edits from both parties at the same time and keeps both (also fields both create at once)", async () => {
    const { mette, aase, planId } = await setting();
    const leader = await replica(planId, mette);
    const employee = await replica(planId, aase);
    applyTextChange(planText(leader.doc, "goals"), "Mere ansvar for de nye kolleger.");
    addAction(employee.doc);
    applyTextChange(planText(employee.doc, "evaluation"), "Det var rart at skrive planen sammen.");
    applyTextChange(planText(employee.doc, "goals"), "Lære nyt. ");
    await Promise.all([leader.send(), employee.send()]);
    const content = await storedContent(planId, aase);
    // The log of updates rebuilds the same plan as the merged state.
    const fromLog = new Y.Doc();
    for (const row of await updatesAfter(database, planId, BigInt(0))) Y.applyUpdate(fromLog, row.data);
    expect(planContent(fromLog)).toEqual(content);
    expect(content.goals).toContain("Mere ansvar for de nye kolleger.");
    expect(content.goals).toContain("Lære nyt. ");
    expect(content.goals).toHaveLength("Mere ansvar for de nye kolleger.".length + "Lære nyt. ".length);
    expect(content.evaluation).toBe("Det var rart at skrive planen sammen.");
    expect(content.actions).toHaveLength(1);
    const log = await updatesAfter(database, planId, BigInt(0));
    expect(new Set(log.map((row) => row.authorId))).toEqual(new Set([mette.id, aase.id]));
  });

  it("is for the plan's two parties only: not a colleague, another leader, HR, the committee or the leader's leader", async () => {
    const { planId, aase } = await setting();
    const stranger = new Y.Doc();
    applyTextChange(planText(stranger, "goals"), "Overtaget");
    const update = Y.encodeStateAsUpdate(stranger);
    for (const who of ["freja.lund", "ole.baekgaard", "birgitte.dalsgaard", "anne.moerch", "karen.hoejgaard", "peter.jaeger"]) {
      const actor = await actorFor(database, at(who));
      await expect(appendPlanUpdate(database, actor, planId, update)).rejects.toBeInstanceOf(AccessDenied);
      await expect(loadPlanState(database, actor, planId)).rejects.toBeInstanceOf(AccessDenied);
    }
    expect((await storedContent(planId, aase)).goals).toBe("");
  });

  it("refuses bytes that are not an update, and takes a replayed update as already there", async () => {
    const { planId, aase } = await setting();
    await expect(appendPlanUpdate(database, aase, planId, new Uint8Array([1, 2, 3, 4, 5, 250, 251]))).rejects.toBeInstanceOf(FormError);
    const doc = new Y.Doc();
    applyTextChange(planText(doc, "goals"), "Lære at bruge tablet i hjemmet");
    const update = Y.encodeStateAsUpdate(doc);
    const first = await appendPlanUpdate(database, aase, planId, update);
    const replay = await appendPlanUpdate(database, aase, planId, update);
    expect(first.changed).toBe(true);
    expect(replay).toEqual({ seq: first.seq, changed: false });
    expect((await storedContent(planId, aase)).goals).toBe("Lære at bruge tablet i hjemmet");
  });

  it("refuses an edit that takes a field past 20,000 characters, and keeps what was there", async () => {
    const { planId, aase } = await setting();
    const client = await replica(planId, aase);
    applyTextChange(planText(client.doc, "goals"), "Kort mål");
    await client.send();
    applyTextChange(planText(client.doc, "goals"), "x".repeat(20_001));
    await expect(client.send()).rejects.toMatchObject({
      message: "Et felt i planen er blevet for langt (højst 20.000 tegn). Det sidste, du skrev, er ikke gemt; forkort teksten.",
    });
    expect((await storedContent(planId, aase)).goals).toBe("Kort mål");
  });

  it("converges through the store: three replicas, random order, every replica equals the stored plan", async () => {
    const { planId, aase, mette } = await setting();
    const clients = [await replica(planId, aase), await replica(planId, mette), await replica(planId, aase)];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let step = 0; step < 300; step += 1) {
      const client = clients[Math.floor(rand() * clients.length)];
      if (rand() < 0.2) await client.send();
      else {
        const text = planText(client.doc, rand() < 0.5 ? "goals" : "evaluation");
        const current = text.toString();
        const position = Math.floor(rand() * (current.length + 1));
        applyTextChange(
          text,
          rand() < 0.75
            ? current.slice(0, position) + "æøå "[Math.floor(rand() * 4)] + current.slice(position)
            : current.slice(0, position) + current.slice(position + 1),
        );
      }
    }
    for (const client of clients) await client.send();
    const stored = await loadPlanState(database, aase, planId);
    const expected = await storedContent(planId, aase);
    for (const client of clients) {
      Y.applyUpdate(client.doc, stored.state, "remote");
      expect(planContent(client.doc)).toEqual(expected);
    }
  });
});

describe("characters no text may hold", () => {
  it("are dropped as the person types, so the plan still signs", async () => {
    const { approvePlan, contentHash } = await import("@/lib/domain/plans/mutations/sign-off");
    const { mette, aase, planId } = await setting();
    const client = await replica(planId, aase);
    applyTextChange(planText(client.doc, "goals"), "Mål\u0000 med halv\uD800del 👋🏽");
    await client.send();
    expect((await storedContent(planId, aase)).goals).toBe("Mål med halv\uFFFDdel 👋🏽");
    const seen = contentHash(planContent(client.doc));
    await approvePlan(database, aase, planId, seen);
    expect(await approvePlan(database, mette, planId, seen)).toEqual({ number: 1, signed: true });
  });

  it("are refused in an update made by hand, and nothing of it is stored", async () => {
    const { aase, planId } = await setting();
    const client = await replica(planId, aase);
    planText(client.doc, "goals").insert(0, "skjult\u0000tegn");
    await expect(client.send()).rejects.toMatchObject(
      new FormError(
        "Ændringen indeholder et tegn, der ikke kan gemmes (et usynligt styretegn), og er ikke gemt. Genindlæs siden, og skriv teksten igen.",
      ),
    );
    expect((await storedContent(planId, aase)).goals).toBe("");
    const crafted = await replica(planId, aase);
    addAction(crafted.doc);
    const action = crafted.doc.getArray<Y.Map<unknown>>("actions").get(0);
    // (A lone surrogate cannot even be sent: Yjs writes strings as UTF-8, which has none.)
    action.set("theme", "tema\u0007");
    await expect(crafted.send()).rejects.toBeInstanceOf(FormError);
  });

  it("in a plan stored before they were checked, are mended by the next edit, which is stored", async () => {
    const { aase, mette, planId } = await setting();
    const doc = new Y.Doc();
    planText(doc, "goals").insert(0, "gammel\u0000tekst");
    addAction(doc);
    doc.getArray<Y.Map<unknown>>("actions").get(0).set("theme", "tema\u0007");
    await database.plan.update({ where: { id: planId }, data: { state: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
    const client = await replica(planId, aase);
    applyTextChange(planText(client.doc, "evaluation"), "Vi evaluerer til jul.");
    await client.send();
    const raw = new Y.Doc();
    Y.applyUpdate(raw, (await loadPlanState(database, mette, planId)).state);
    expect(planText(raw, "goals").toString()).toBe("gammeltekst");
    expect(raw.getArray<Y.Map<unknown>>("actions").get(0).get("theme")).toBe("tema");
    expect(planText(raw, "evaluation").toString()).toBe("Vi evaluerer til jul.");
    // The mending is an update like any other, so every open copy gets it.
    const updates = await updatesAfter(database, planId, BigInt(0));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    for (const update of updates) Y.applyUpdate(other, update.data);
    expect(planText(other, "goals").toString()).toBe("gammeltekst");
  });

  it("in a plan stored before they were checked, are left out of the signed version", async () => {
    const { approvePlan, contentHash } = await import("@/lib/domain/plans/mutations/sign-off");
    const { mette, aase, planId } = await setting();
    const doc = new Y.Doc();
    planText(doc, "goals").insert(0, "gammel\u0000tekst");
    await database.plan.update({ where: { id: planId }, data: { state: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
    const content = await storedContent(planId, aase);
    expect(content.goals).toBe("gammeltekst");
    await approvePlan(database, aase, planId, contentHash(content));
    expect(await approvePlan(database, mette, planId, contentHash(content))).toEqual({ number: 1, signed: true });
    const signed = await database.planVersion.findFirstOrThrow({ where: { planId } });
    expect((signed.content as { goals: string }).goals).toBe("gammeltekst");
  });
});

describe("signing the plan", () => {
  it("signs a numbered version when both approve the content they saw; a change makes a new version", async () => {
    const { approvePlan, contentHash } = await import("@/lib/domain/plans/mutations/sign-off");
    const { loadPlanVersions } = await import("@/lib/domain/plans/versions/data");
    const { mette, aase, planId } = await setting();
    const client = await replica(planId, aase);
    applyTextChange(planText(client.doc, "goals"), "Lære at lede morgenmødet");
    await client.send();
    const seen = contentHash(planContent(client.doc));

    expect(await approvePlan(database, aase, planId, seen)).toEqual({ number: 1, signed: false });
    // The leader edits before approving: the employee's approval was of something else.
    const leader = await replica(planId, mette);
    applyTextChange(planText(leader.doc, "goals"), "Lære at lede morgenmødet og personalemødet");
    await leader.send();
    await expect(approvePlan(database, mette, planId, seen)).rejects.toMatchObject({
      message: "Planen er ændret, siden du så den. Læs den igen, og godkend den, som den står nu.",
    });
    const now = contentHash(planContent(leader.doc));
    expect(await approvePlan(database, mette, planId, now)).toEqual({ number: 2, signed: false });
    expect(await approvePlan(database, aase, planId, now)).toEqual({ number: 2, signed: true });

    const versions = await loadPlanVersions(database, planId);
    expect(versions.map((version) => [version.number, Boolean(version.signedAt), version.approvals.length])).toEqual([
      [2, true, 2],
      [1, false, 1],
    ]);
    const signed = await database.planVersion.findFirstOrThrow({ where: { planId, number: 2 } });
    expect((signed.content as { goals: string }).goals).toBe("Lære at lede morgenmødet og personalemødet");

    await expect(approvePlan(database, await actorFor(database, at("birgitte.dalsgaard")), planId, now)).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });
});

describe("opening the conversation page", () => {
  it("writes nothing on the read; the explicit step makes the plan, prefills it from the shared sheet, for the two parties only", async () => {
    const { loadConversationPlan } = await import("@/lib/domain/plans/loaders");
    const { openPlan } = await import("@/lib/domain/plans/mutations/open");
    const { saveSheetChanges, setSheetSubmitted } = await import("@/lib/domain/sheets/mutations");
    const { mette, aase, roundId, participant } = await aaseInMettesRound(database);
    const session = { ...mette, name: "Mette Søndergård", email: at("mette.soendergaard"), municipalityId: "", sessionId: "test" };
    const before = await database.auditEvent.count();

    expect(await loadConversationPlan(session, roundId, participant.id)).toEqual({
      needsOpening: true,
      kind: "MUS",
      employeeName: "Åse Kirkegaard",
      restricted: false,
    });
    expect(await database.plan.count()).toBe(0);
    expect(await database.auditEvent.count()).toBe(before);

    await expect(openPlan(database, await actorFor(database, at("birgitte.dalsgaard")), roundId, participant.id)).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await expect(openPlan(database, await actorFor(database, at("ole.baekgaard")), roundId, participant.id)).rejects.toBeInstanceOf(
      AccessDenied,
    );
    expect(await database.plan.count()).toBe(0);

    const { planId } = await openPlan(database, mette, roundId, participant.id);
    expect((await openPlan(database, aase, roundId, participant.id)).planId).toBe(planId);
    expect(await loadConversationPlan(session, roundId, participant.id)).toMatchObject({ needsOpening: false, planId });

    // A sheet shared after the plan was made is brought in by the next explicit step, not by the read.
    await saveSheetChanges(database, aase, participant.id, [{ key: "otherIndividual", value: "Min arbejdstid.", baseRevision: 0 }]);
    await setSheetSubmitted(database, aase, participant.id, true);
    expect(await loadConversationPlan(session, roundId, participant.id)).toMatchObject({ needsOpening: true });
    expect((await storedContent(planId, aase)).expectations).toBe("");
    await openPlan(database, aase, roundId, participant.id);
    expect((await storedContent(planId, aase)).expectations).toBe("Min arbejdstid.");
    expect(await loadConversationPlan(session, roundId, participant.id)).toMatchObject({ needsOpening: false, planId });
  });
});
