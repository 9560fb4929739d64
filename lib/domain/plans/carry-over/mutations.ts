import "server-only";
import * as Y from "yjs";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { sqlIn, type Database } from "@/lib/db-client";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { da } from "@/lib/i18n/da";
import { carryAudit, earlierActions, earlierPlan } from "@/lib/domain/plans/carry-over/data";
import { addAction, planProblem, planValues } from "@/lib/domain/plans/doc";
import { lockPlan, storeUpdate } from "@/lib/domain/plans/live/store";
import { refuseIfRestricted } from "@/lib/domain/restriction/processing";

// When the person has a new leader, nothing of the previous plan starts the new one by itself
// (data.ts says why); the employee may choose to bring the unfinished actions along. The
// choice is theirs alone, made once, written as an update authored by them and audited.

/**
 * The employee brings the unfinished actions of their previous, signed plan into this one, when a
 * new leader meant nothing was carried by itself. Only the actions' texts (what, how, support,
 * who), marked with the round they come from: not their dates, themes or sub-tasks' states, and
 * nothing else of the earlier plan. Once per plan.
 */
export async function bringEarlierActions(database: Database, actor: Actor, planId: string): Promise<{ brought: number }> {
  const target = await database.plan.findUnique({ where: { id: planId }, select: { participantId: true } });
  if (!target) throw new AccessDenied();
  // Read before the plan's lock, outside the transaction: the earlier round is closed, so what it
  // hands on cannot change meanwhile (and Prisma's nested reads would run side by side on one connection).
  const earlier = await earlierActions(database, target.participantId);
  return database.$transaction(async (tx) => {
    const sql = sqlIn(tx);
    const plan = await lockPlan(sql, planId);
    if (!plan) throw new AccessDenied();
    // The employee's own choice: the leader may not pull the earlier plan in.
    if (
      actor.id !== plan.employeeId ||
      !can(actor, "update", { kind: "plan", employeeId: plan.employeeId, leaderId: plan.leaderId, signed: false })
    )
      throw new AccessDenied();
    if (!allowedActions(plan.roundState as never).includes("editPlan")) throw new FormError(da.plans.errors.notOpen);
    refuseIfRestricted(plan.restricted);
    if (!earlier || !can(actor, "read", earlierPlan(earlier))) throw new FormError(da.plans.carryOver.nothing);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, plan.state);
    const values = planValues(doc);
    if (values.get("earlierActionsBrought") === true) throw new FormError(da.plans.carryOver.already);
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      for (const action of earlier.actions)
        addAction(doc, { what: action.what, how: action.how, support: action.support, who: action.who, carriedFrom: action.carriedFrom });
      values.set("earlierActionsBrought", true);
    });
    const problem = planProblem(doc);
    if (problem) throw new FormError(da.plans.errors[problem]);
    await storeUpdate(sql, plan, actor.id, Y.encodeStateAsUpdate(doc, before), doc);
    await recordAudit(tx, carryAudit(earlier, actor.id, planId, "employeeChoice"));
    return { brought: earlier.actions.length };
  });
}
