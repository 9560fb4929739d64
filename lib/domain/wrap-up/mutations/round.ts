import "server-only";
import type { Actor, Resource } from "@/lib/access/policy";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Transaction } from "@/lib/db-client";
import { refuseFormerLeader } from "@/lib/domain/rounds/handover/data";
import { allowedActions, type RoundAction, type RoundState } from "@/lib/domain/rounds/state-machine";
import { da } from "@/lib/i18n/da";

export type WrapUpRound = { id: string; leaderId: string; state: RoundState; title: string; kind: "MUS" | "LUS" };

/**
 * The round, locked for the rest of the transaction, if this person may do this with it now: the
 * policy on `resource` (the leader's own areas, or the shared wrap-up) and the state machine on
 * `phase`. The lock makes a change and a phase move (e.g. closing) queue instead of crossing.
 */
export async function roundForChange(
  tx: Transaction,
  actor: Actor,
  roundId: string,
  resource: "roundOverview" | "wrapUp",
  action: "update" | "share",
  phase: RoundAction,
): Promise<WrapUpRound> {
  const [round] = await tx.$queryRaw<WrapUpRound[]>`
    select id, "leaderId", state, title, kind from "Round" where id = ${roundId}::uuid for update`;
  if (!round) throw new AccessDenied();
  if (round.leaderId !== actor.id) await refuseFormerLeader(tx, round.id, actor.id);
  const target: Resource =
    resource === "wrapUp"
      ? { kind: "wrapUp", leaderId: round.leaderId, participantIds: [] }
      : { kind: "roundOverview", leaderId: round.leaderId };
  authorize(actor, action, target);
  if (!allowedActions(round.state).includes(phase)) throw new FormError(da.wrapUp.errors.notOpen);
  return round;
}
