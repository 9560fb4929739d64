import "server-only";
import * as Y from "yjs";
import { can, type Actor } from "@/lib/access/policy";
import type { AuditEntry } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { planValues, type PlanAction, type PlanContent } from "@/lib/domain/plans/doc";
import { unfinishedStates, type FollowUpState } from "@/lib/domain/plans/schema";
import { readActionStates } from "@/lib/domain/plans/stored/read-action-states";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";

// A plan not finished by the next round is carried into it: the practice actions of the person's
// previous plan (of the same kind of round) that its last follow-up did not mark done or dropped
// start the new plan, each marked with the round it came from. The earlier plan stays as it was.
//
// Only a closed round hands anything on, and only from its plan's latest signed version. A round
// still running may yet have its plan changed, followed up or marked done, so carrying from it
// copied actions that were later finished (or never agreed); an unsigned draft was never agreed by
// both, so it carries nothing. A signed version with no follow-up on it left every action open.
//
// A plan is seen by its two parties only, and "leader" means the leader of that conversation: when
// the person has a new leader, copying the old plan's actions into the new one would show the new
// leader a plan they may not read (the policy decides, on the earlier plan as a resource). Then
// nothing is carried by itself; the employee, whose plan it also is, may bring the actions' texts
// along with one button (mutations.ts). Either way the carrying is in the audit log.

const hasText = (action: PlanAction) => [action.what, action.how, action.support, action.who].some((text) => text.trim() !== "");

export type EarlierActions = {
  employeeId: string;
  earlierLeaderId: string;
  planId: string;
  versionNumber: number;
  roundTitle: string;
  actions: ReturnType<typeof carried>;
};

function carried(content: PlanContent, states: FollowUpState[], from: string) {
  return content.actions
    .filter((action, index) => hasText(action) && unfinishedStates.includes(states[index] ?? "notStarted"))
    .map((action) => ({
      ...action,
      waitsForWrapUp: false,
      carriedFrom: from,
      subtasks: action.subtasks.filter((task) => task.state !== "done"),
    }));
}

/** The unfinished actions the person's previous plan hands on, with where they come from, or null. */
export async function earlierActions(
  database: Pick<Database, "roundParticipant" | "plan">,
  participantId: string,
): Promise<EarlierActions | null> {
  const participant = await database.roundParticipant.findUnique({
    where: { id: participantId },
    select: { personId: true, round: { select: { id: true, kind: true, createdAt: true } } },
  });
  if (!participant) return null;
  // The latest earlier plan, whatever its round's state: when that round is still running, an older
  // closed round is not reached past it (its unfinished actions may already live on in that plan).
  const previous = await database.plan.findFirst({
    where: {
      participant: {
        personId: participant.personId,
        round: { kind: participant.round.kind, id: { not: participant.round.id }, createdAt: { lt: participant.round.createdAt } },
      },
    },
    orderBy: { participant: { round: { createdAt: "desc" } } },
    select: {
      id: true,
      participant: { select: { round: { select: { title: true, state: true, leaderId: true } } } },
      versions: { where: { signedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true, content: true } },
      followUps: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 1, select: { versionNumber: true, actionStates: true } },
    },
  });
  if (!previous || previous.participant.round.state !== "CLOSED") return null;
  const signed = previous.versions[0];
  if (!signed) return null;
  const followUp = previous.followUps[0];
  const states = followUp && followUp.versionNumber === signed.number ? readActionStates(followUp.actionStates) : [];
  const actions = carried(readPlanContent(signed.content), states, previous.participant.round.title);
  if (actions.length === 0) return null;
  return {
    employeeId: participant.personId,
    earlierLeaderId: previous.participant.round.leaderId,
    planId: previous.id,
    versionNumber: signed.number,
    roundTitle: previous.participant.round.title,
    actions,
  };
}

export const earlierPlan = (earlier: EarlierActions) =>
  ({ kind: "plan", employeeId: earlier.employeeId, leaderId: earlier.earlierLeaderId, signed: true }) as const;

/** Whether the new plan may start with the earlier actions by itself: only if its leader may read the earlier plan. */
export function carriesByItself(earlier: EarlierActions, leader: Actor): boolean {
  return can(leader, "read", earlierPlan(earlier));
}

/** The audit entry for carrying `earlier` into the new plan `planId`; `actorId` opened the plan or chose to bring them. */
export function carryAudit(
  earlier: EarlierActions,
  actorId: string | null,
  planId: string,
  how: "automatic" | "employeeChoice",
): AuditEntry {
  return {
    actorId,
    action: "plan.carryActions",
    resourceKind: "plan",
    resourceId: planId,
    subjectId: earlier.employeeId,
    purpose: "conversation",
    details: {
      how,
      fromPlanId: earlier.planId,
      fromVersion: earlier.versionNumber,
      fromRound: earlier.roundTitle,
      actions: earlier.actions.length,
    },
  };
}

/** What the employee's button needs: whether there is anything to bring, not yet brought, and not carried already. */
export async function earlierActionsOffer(
  database: Database,
  actor: Actor,
  plan: { participantId: string; employeeId: string; leaderId: string; state: Uint8Array; editable: boolean },
) {
  if (actor.id !== plan.employeeId || !plan.editable) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, plan.state);
  if (planValues(doc).get("earlierActionsBrought") === true) return null;
  const earlier = await earlierActions(database, plan.participantId);
  // With the same leader they were carried when the plan was made; only a new leader leaves them to the employee.
  if (!earlier || earlier.earlierLeaderId === plan.leaderId || !can(actor, "read", earlierPlan(earlier))) return null;
  return { roundTitle: earlier.roundTitle, count: earlier.actions.length };
}
