import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { dateOnly } from "@/lib/domain/rounds/dates";
import { da } from "@/lib/i18n/da";
import type { jointActionSchema, jointActionStatuses } from "../schema";
import { roundForChange } from "./round";

// The joint action plan (Skema 5). Rows are written in the wrap-up; their status is kept through
// the follow-up. Every change names the row's version; a change made on an older one (someone else
// saved in between) is refused and the person's text stays in their form.

type Values = z.output<typeof jointActionSchema>;
const e = da.wrapUp.errors;
const maxActions = 50;

const fields = (values: Values) => ({
  what: values.what,
  dueDate: dateOnly(values.dueDate),
  who: values.who,
  followUpHow: values.followUpHow,
});

async function audit(tx: Transaction, actor: Actor, id: string, change: string) {
  await recordAudit(tx, {
    actorId: actor.id,
    action: "jointAction.change",
    resourceKind: "jointAction",
    resourceId: id,
    purpose: "wrapUp",
    details: { change },
  });
}

/** Updates the row only if it still has the version the change was made on. */
async function changeRow(tx: Transaction, roundId: string, actionId: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.jointAction.updateMany({
    where: { id: actionId, roundId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new FormError(e.conflict);
}

export async function addJointAction(database: Database, actor: Actor, roundId: string, values: Values) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, roundId, "wrapUp", "update", "editWrapUp");
    const last = await tx.jointAction.aggregate({ where: { roundId: round.id }, _max: { position: true }, _count: true });
    if (last._count >= maxActions) throw new FormError(e.tooManyJointActions);
    const row = await tx.jointAction.create({
      data: { roundId: round.id, position: (last._max.position ?? -1) + 1, ...fields(values) },
      select: { id: true },
    });
    await audit(tx, actor, row.id, "add");
    return { id: row.id };
  });
}

export async function saveJointAction(
  database: Database,
  actor: Actor,
  input: { roundId: string; actionId: string; version: number; values: Values },
) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.roundId, "wrapUp", "update", "editWrapUp");
    await changeRow(tx, round.id, input.actionId, input.version, fields(input.values));
    await audit(tx, actor, input.actionId, "edit");
    return { version: input.version + 1 };
  });
}

/** Done, carried over to the next round, or open again: in the wrap-up and through the follow-up. */
export async function setJointActionStatus(
  database: Database,
  actor: Actor,
  input: { roundId: string; actionId: string; version: number; status: (typeof jointActionStatuses)[number] },
) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.roundId, "wrapUp", "update", "editWrapUp");
    await changeRow(tx, round.id, input.actionId, input.version, { status: input.status });
    await audit(tx, actor, input.actionId, input.status);
    return { version: input.version + 1 };
  });
}

export async function removeJointAction(database: Database, actor: Actor, input: { roundId: string; actionId: string; version: number }) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.roundId, "wrapUp", "update", "editWrapUp");
    const { count } = await tx.jointAction.deleteMany({ where: { id: input.actionId, roundId: round.id, version: input.version } });
    if (count === 0) throw new FormError(e.conflict);
    await audit(tx, actor, input.actionId, "remove");
    return { removed: true };
  });
}
