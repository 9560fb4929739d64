import { unfinishedStates, type FollowUpState } from "@/lib/domain/plans/schema";

// When a round may close. Pure. Everything is followed up, or explicitly carried over to the next
// round: every person's plan (signed, and its last follow-up on the signed version leaves no action
// open), every joint action, and every agreement that waited for the wrap-up is settled.

export type PlanProgress = "notSigned" | "signed" | "followedUp" | "carriedOver";

export type PlanFacts = {
  signedNumber: number | null;
  actionCount: number;
  lastFollowUp: { versionNumber: number; actionStates: FollowUpState[] } | null;
  carriedOver: boolean;
};

export function planProgress(plan: PlanFacts): PlanProgress {
  if (plan.carriedOver) return "carriedOver";
  if (plan.signedNumber === null) return "notSigned";
  const last = plan.lastFollowUp;
  if (!last || last.versionNumber !== plan.signedNumber || last.actionStates.length !== plan.actionCount) return "signed";
  return last.actionStates.some((state) => unfinishedStates.includes(state)) ? "signed" : "followedUp";
}

export type ClosingFacts = { plans: PlanProgress[]; jointActions: ("OPEN" | "DONE" | "CARRIED_OVER")[]; unsettled: number };
export type ClosingProblem = { kind: "plans" | "jointActions" | "unsettled"; count: number };

export function closingProblems(facts: ClosingFacts): ClosingProblem[] {
  const plans = facts.plans.filter((state) => state !== "followedUp" && state !== "carriedOver").length;
  const jointActions = facts.jointActions.filter((status) => status === "OPEN").length;
  return [
    { kind: "plans" as const, count: plans },
    { kind: "jointActions" as const, count: jointActions },
    { kind: "unsettled" as const, count: facts.unsettled },
  ].filter((problem) => problem.count > 0);
}
