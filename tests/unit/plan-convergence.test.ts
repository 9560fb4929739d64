import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actionsOf, addAction, addSubtask, applyTextChange, planContent, planText, subtasksOf, taskStates } from "@/lib/domain/plans/doc";

// In the style of Yjs's own randomised tests: several replicas edit at random, their updates reach
// the server and the others in random order, some go offline for a while (their outgoing and
// incoming updates wait), and at the end every replica and the server hold the same plan.

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

type Replica = { doc: Y.Doc; outbox: Uint8Array[]; inbox: Uint8Array[]; online: boolean };

function simulate(seed: number, replicas: number, steps: number) {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const server = new Y.Doc();
  const clients: Replica[] = Array.from({ length: replicas }, () => {
    const replica: Replica = { doc: new Y.Doc(), outbox: [], inbox: [], online: true };
    replica.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") replica.outbox.push(update);
    });
    return replica;
  });
  const deliverToServer = (client: Replica) => {
    // The network may reorder what is in flight.
    while (client.outbox.length > 0) {
      const index = Math.floor(rand() * client.outbox.length);
      const [update] = client.outbox.splice(index, 1);
      Y.applyUpdate(server, update);
      for (const other of clients) if (other !== client) other.inbox.push(update);
    }
  };
  for (let step = 0; step < steps; step += 1) {
    const client = pick(clients);
    const roll = rand();
    if (roll < 0.05) client.online = !client.online;
    else if (roll < 0.15 && client.online) {
      // Receive some of what is waiting, in random order.
      const count = Math.floor(rand() * (client.inbox.length + 1));
      for (let index = 0; index < count; index += 1) {
        const [update] = client.inbox.splice(Math.floor(rand() * client.inbox.length), 1);
        Y.applyUpdate(client.doc, update, "remote");
      }
    } else if (roll < 0.2 && client.online) deliverToServer(client);
    else if (roll < 0.23) addAction(client.doc);
    else if (roll < 0.25 && actionsOf(client.doc).length > 0) addSubtask(pick(actionsOf(client.doc).toArray()));
    else if (roll < 0.27 && actionsOf(client.doc).length > 0) {
      const tasks = subtasksOf(pick(actionsOf(client.doc).toArray()))!.toArray();
      if (tasks.length > 0) client.doc.transact(() => pick(tasks).set("state", pick(taskStates)), "local");
    } else {
      // Type or delete somewhere in a field, as a textarea would report it.
      const actions = actionsOf(client.doc).toArray();
      const tasks = actions.flatMap((action) => subtasksOf(action)!.toArray());
      const where = rand();
      const text =
        tasks.length > 0 && where < 0.15
          ? (pick(tasks).get("text") as Y.Text)
          : actions.length > 0 && where < 0.45
            ? (pick(actions).get(pick(["what", "how", "support", "who"])) as Y.Text)
            : planText(client.doc, pick(["expectations", "goals", "evaluation"] as const));
      const current = text.toString();
      const at = Math.floor(rand() * (current.length + 1));
      const next =
        rand() < 0.7
          ? current.slice(0, at) + pick(["æ", "ø", "å", "a", " ", "Øvebane ", "\n"]) + current.slice(at)
          : current.slice(0, at) + current.slice(at + 1 + Math.floor(rand() * 3));
      applyTextChange(text, next);
    }
  }
  // Everyone comes back online and catches up.
  for (const client of clients) {
    client.online = true;
    deliverToServer(client);
  }
  for (const client of clients) Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client.doc)), "remote");
  return { server, clients };
}

// A few seconds each on this machine; more when the whole suite shares the two cores.
describe("the plan converges", { timeout: 30_000 }, () => {
  it.each([1, 2, 3, 4])("seed %i: 5 replicas, 3,000 random steps with reordering and disconnects", (seed) => {
    const { server, clients } = simulate(seed, 5, 3_000);
    const expected = planContent(server);
    expect(expected.goals.length + expected.evaluation.length).toBeGreaterThan(0);
    expect(expected.actions.flatMap((action) => action.subtasks).some((task) => task.text.length > 0)).toBe(true);
    for (const client of clients) expect(planContent(client.doc)).toEqual(expected);
  });

  it("keeps every character when two people type into the same field at the same moment", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTextChange(planText(a, "goals"), "Mål: ");
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextChange(planText(a, "goals"), "Mål: lære at planlægge");
    applyTextChange(planText(b, "goals"), "Mål: bedre overlevering");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = planText(a, "goals").toString();
    expect(planText(b, "goals").toString()).toBe(merged);
    for (const word of ["lære at planlægge", "bedre overlevering"]) expect(merged).toContain(word);
  });

  it.each([
    ["ok 😀", "ok 👍😀"],
    ["ok 😀", "ok 😁"],
    ["😀😀", "😀👍😀"],
    ["a👨‍👩‍👧b", "a👨‍👩‍👦b"],
    ["🇩🇰", "🇩🇰🇸🇪"],
  ])("changes %s into %s whole, in the other party's copy too (no emoji split into halves)", (before, after) => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTextChange(planText(a, "goals"), before);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const sync = Y.encodeStateVector(b);
    applyTextChange(planText(a, "goals"), after);
    // Over the wire, as the browser sends it: only the change, encoded.
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, sync));
    expect(planText(a, "goals").toString()).toBe(after);
    expect(planText(b, "goals").toString()).toBe(after);
  });
});
