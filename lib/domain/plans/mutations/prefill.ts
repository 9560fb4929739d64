import "server-only";
import * as Y from "yjs";
import { sqlIn, type Database } from "@/lib/db-client";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { planText, planValues } from "@/lib/domain/plans/doc";
import { lockPlan, storeUpdate } from "@/lib/domain/plans/live/store";

// The conversation opens with the expectation alignment, prefilled from the employee's wish in
// the shared preparation sheet: the dimension to start with and "other, individual" matters. Done
// once per plan, on the server under the plan's lock (two browsers prefilling the same text at the
// same moment would write it twice), as an update authored by the employee. Never from a sheet
// that is not shared, never over what the two have already written, and never while the
// employee's processing is restricted (GDPR art. 18).

export async function prefillFromSheet(
  database: Database,
  planId: string,
  sheet: { startWith?: unknown; otherIndividual?: unknown },
): Promise<void> {
  const startWith = typeof sheet.startWith === "string" ? sheet.startWith : "";
  const other = typeof sheet.otherIndividual === "string" ? sheet.otherIndividual.trim() : "";
  await database.$transaction(async (tx) => {
    const plan = await lockPlan(sqlIn(tx), planId);
    if (!plan || plan.restricted || !allowedActions(plan.roundState as never).includes("editPlan")) return;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, plan.state);
    const values = planValues(doc);
    if (values.get("prefilled") === true) return;
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      if (startWith && !values.get("startWith")) values.set("startWith", startWith);
      const expectations = planText(doc, "expectations");
      if (other && expectations.length === 0) expectations.insert(0, other);
      values.set("prefilled", true);
    });
    await storeUpdate(sqlIn(tx), plan, plan.employeeId, Y.encodeStateAsUpdate(doc, before), doc);
  });
}
