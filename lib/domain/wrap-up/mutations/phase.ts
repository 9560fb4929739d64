import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { changeRound, type RoundChange } from "@/lib/domain/rounds/mutations/planned-round";
import { decide } from "@/lib/domain/rounds/state-machine";
import { da } from "@/lib/i18n/da";
import { loadFollowUpState } from "../waiting";
import { roundForChange } from "./round";

// Moving a round on after publishing: conversations → wrap-up → follow-up → closed. Closing asks
// that everything is followed up or explicitly carried over; a closed round is read-only (the
// state machine allows nothing in it).

export type Step = "startConversations" | "startWrapUp" | "startFollowUp" | "close";

export async function advanceRound(database: Database, change: RoundChange, step: Step) {
  return changeRound(database, change, step, async (tx, round) => {
    const decision = decide(round.state, step);
    if (!decision.ok) throw new FormError(decision.messages.join(" "));
    if (step === "close") {
      const { problems } = await loadFollowUpState(tx, round.id);
      const t = da.wrapUp.followUp.problems;
      if (problems.length > 0)
        throw new FormError([da.wrapUp.errors.cannotClose, ...problems.map((problem) => t[problem.kind](problem.count))].join(" "));
    }
    await tx.round.update({
      where: { id: round.id },
      data: { state: decision.next, ...(step === "close" ? { closedAt: new Date() } : {}) },
    });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.advance",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
      details: { from: round.state, to: decision.next },
    });
    return { state: decision.next };
  });
}

/** Marks (or unmarks) a person's plan as carried over to next year's round, in the follow-up. */
export async function setCarriedOver(
  database: Database,
  actor: Actor,
  input: { roundId: string; participantId: string; carriedOver: boolean },
) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.roundId, "roundOverview", "update", "followUp");
    const participant = await tx.roundParticipant.findFirst({
      where: { id: input.participantId, roundId: round.id },
      select: { id: true, personId: true },
    });
    if (!participant) throw new AccessDenied();
    await tx.roundParticipant.update({ where: { id: participant.id }, data: { carriedOverAt: input.carriedOver ? new Date() : null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "round.carryOver",
      resourceKind: "roundParticipant",
      resourceId: participant.id,
      subjectId: participant.personId,
      purpose: "followUp",
      details: { carriedOver: input.carriedOver },
    });
    return { carriedOver: input.carriedOver };
  });
}
