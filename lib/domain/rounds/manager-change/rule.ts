import type { RoundState } from "../state-machine";

// What a change of leader does to one open participation. Pure: the mutation, the import's preview
// and the person's save ask the same function, so what the preview says is what the import does
// (unless the rounds move on in between: it is decided again when the change is made).

export type ManagerChangeRule = "FOLLOW_NEW_LEADER" | "STAY_WITH_OLD_LEADER";
export type MoveOutcome = "MOVED" | "ASKED" | "STAYED_HELD" | "STAYED_RULE";

/** The phases a participant may still be moved into: before the wrap-up, whose figures are then fixed. */
export const movableInto: readonly RoundState[] = ["PLANNING", "PREPARATION", "CONVERSATIONS"];

export type Participation = {
  roundState: RoundState;
  conversationStart: Date | null;
  /** The plan has a version or anything typed into it (a stored update). */
  planWritten: boolean;
};

/**
 * "Held": the booked conversation has begun, or the plan has been written in, or the round is past
 * its conversations (from the wrap-up on its figures are fixed). A held conversation is not split
 * between two leaders: it ends where it was held.
 */
export function conversationHeld(participation: Participation, now: Date): boolean {
  if (participation.conversationStart !== null && participation.conversationStart.getTime() <= now.getTime()) return true;
  if (participation.planWritten) return true;
  return !movableInto.includes(participation.roundState);
}

/**
 * The outcome for one participation. `target` is the new leader's round of the same kind and year
 * (null: none that is not closed). Null: nothing to do (no new leader, or the new leader already
 * leads this round, e.g. after a handover).
 */
export function decideMove(input: {
  rule: ManagerChangeRule;
  participation: Participation;
  roundLeaderId: string;
  newLeaderId: string | null;
  target: { state: RoundState } | null;
  now: Date;
}): MoveOutcome | null {
  if (input.newLeaderId === null || input.newLeaderId === input.roundLeaderId) return null;
  if (input.rule === "STAY_WITH_OLD_LEADER") return "STAYED_RULE";
  if (conversationHeld(input.participation, input.now)) return "STAYED_HELD";
  return input.target && movableInto.includes(input.target.state) ? "MOVED" : "ASKED";
}
