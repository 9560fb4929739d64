import "server-only";
import type { Database } from "@/lib/db-client";
import type { PlanAction, PlanContent } from "./doc";
import { unfinishedStates, type FollowUpState } from "./schema";

// A plan not finished by the next round is carried into it: the practice actions of the person's
// previous plan (of the same kind of round) that its last follow-up did not mark done or dropped
// start the new plan, each marked with the round it came from. The earlier plan stays as it was.
//
// Only a closed round hands anything on, and only from its plan's latest signed version. A round
// still running may yet have its plan changed, followed up or marked done, so carrying from it
// copied actions that were later finished (or never agreed); an unsigned draft was never agreed by
// both, so it carries nothing. A signed version with no follow-up on it left every action open.

const hasText = (action: PlanAction) => [action.what, action.how, action.support, action.who].some((text) => text.trim() !== "");

export async function carriedActions(database: Database, participantId: string) {
  const participant = await database.roundParticipant.findUnique({
    where: { id: participantId },
    select: { personId: true, round: { select: { id: true, kind: true, createdAt: true } } },
  });
  if (!participant) return [];
  // The latest earlier plan, whatever its round's state: when that round is still running, an older
  // closed round is not reached past it (its unfinished actions may already live on in that plan).
  const previous = await database.plan.findFirst({
    where: {
      participant: { personId: participant.personId, round: { kind: participant.round.kind, id: { not: participant.round.id }, createdAt: { lt: participant.round.createdAt } } },
    },
    orderBy: { participant: { round: { createdAt: "desc" } } },
    select: {
      participant: { select: { round: { select: { title: true, state: true } } } },
      versions: { where: { signedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true, content: true } },
      followUps: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 1, select: { versionNumber: true, actionStates: true } },
    },
  });
  if (!previous || previous.participant.round.state !== "CLOSED") return [];
  const signed = previous.versions[0];
  if (!signed) return [];
  const content = signed.content as unknown as PlanContent;
  const followUp = previous.followUps[0];
  const states = followUp && followUp.versionNumber === signed.number ? (followUp.actionStates as FollowUpState[]) : [];
  const from = previous.participant.round.title;
  return content.actions
    .filter((action, index) => hasText(action) && unfinishedStates.includes(states[index] ?? "notStarted"))
    .map((action) => ({ ...action, waitsForWrapUp: false, carriedFrom: from, subtasks: (action.subtasks ?? []).filter((task) => task.state !== "done") }));
}
