import "server-only";
import * as Y from "yjs";
import type { Database } from "@/lib/db-client";
import { planContent, type PlanAction, type PlanContent } from "./doc";
import { unfinishedStates, type FollowUpState } from "./schema";

// A plan not finished by the next round is carried into it: the practice actions of the person's
// previous plan (of the same kind of round) that its last follow-up did not mark done or dropped
// start the new plan, each marked with the round it came from. The earlier plan stays as it was.

const hasText = (action: PlanAction) => [action.what, action.how, action.support, action.who].some((text) => text.trim() !== "");

export async function carriedActions(database: Database, participantId: string) {
  const participant = await database.roundParticipant.findUnique({
    where: { id: participantId },
    select: { personId: true, round: { select: { id: true, kind: true, createdAt: true } } },
  });
  if (!participant) return [];
  const previous = await database.plan.findFirst({
    where: {
      participant: { personId: participant.personId, round: { kind: participant.round.kind, id: { not: participant.round.id }, createdAt: { lt: participant.round.createdAt } } },
    },
    orderBy: { participant: { round: { createdAt: "desc" } } },
    select: {
      state: true,
      participant: { select: { round: { select: { title: true } } } },
      versions: { where: { signedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true, content: true } },
      followUps: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 1, select: { versionNumber: true, actionStates: true } },
    },
  });
  if (!previous) return [];
  // The signed plan if there is one; otherwise what was written (a plan never signed is unfinished too).
  const signed = previous.versions[0];
  let content: PlanContent;
  if (signed) content = signed.content as unknown as PlanContent;
  else {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, previous.state);
    content = planContent(doc);
  }
  const followUp = previous.followUps[0];
  const states = followUp && signed && followUp.versionNumber === signed.number ? (followUp.actionStates as FollowUpState[]) : [];
  const from = previous.participant.round.title;
  return content.actions
    .filter((action, index) => hasText(action) && unfinishedStates.includes(states[index] ?? "notStarted"))
    .map((action) => ({ ...action, waitsForWrapUp: false, carriedFrom: from, subtasks: (action.subtasks ?? []).filter((task) => task.state !== "done") }));
}
