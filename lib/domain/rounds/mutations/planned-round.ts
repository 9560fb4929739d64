import "server-only";
import { authorize } from "@/lib/auth/guard";
import { FormError } from "@/lib/auth/errors";
import type { Actor } from "@/lib/access/policy";
import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { refuseFormerLeader } from "../handover/data";
import { allowedActions, type RoundAction, type RoundState } from "../state-machine";

export type LockedRound = {
  id: string;
  municipalityId: string;
  unitId: string;
  leaderId: string;
  kind: "MUS" | "LUS";
  state: RoundState;
  version: number;
  title: string;
  year: number;
};

export type RoundChange = { actor: Actor; roundId: string; version: number };

/**
 * The one way a round's planning is changed. In one transaction: lock the round's row, ask the
 * policy whether this person may change it and the state machine whether the round's phase allows
 * the action, refuse a change made on an older version than the one stored (someone else saved in
 * between), run the change, and raise the version. A handover takes the same lock, so a change
 * begun before it is saved, and one after it sees the new leader. Two saves at once queue on the row lock, so the
 * second always sees the first one's version and is told; neither is silently lost.
 */
export async function changeRound<T>(
  database: Database,
  change: RoundChange,
  /** The action the round's phase must allow (any one of several: the run then checks which applies). */
  action: RoundAction | readonly RoundAction[],
  run: (tx: Transaction, round: LockedRound) => Promise<T>,
): Promise<T & { version: number }> {
  return database.$transaction(async (tx) => {
    const [round] = await tx.$queryRaw<LockedRound[]>`
      select id, "municipalityId", "unitId", "leaderId", kind, state, version, title, year
      from "Round" where id = ${change.roundId}::uuid for update`;
    // A leader who handed the round over is told so (the handover holds the same row lock).
    if (round && round.leaderId !== change.actor.id) await refuseFormerLeader(tx, round.id, change.actor.id);
    authorize(change.actor, "update", { kind: "roundMaterial", leaderId: round?.leaderId ?? "", participantIds: [] });
    const t = da.rounds.state;
    const actions: readonly RoundAction[] = typeof action === "string" ? [action] : action;
    if (!actions.some((candidate) => allowedActions(round.state).includes(candidate))) throw new FormError(t.notNow(t.names[round.state]));
    if (round.version !== change.version) throw new FormError(da.rounds.errors.conflict);
    const result = await run(tx, round);
    const { version } = await tx.round.update({ where: { id: round.id }, data: { version: { increment: 1 } }, select: { version: true } });
    return { ...result, version };
  });
}
