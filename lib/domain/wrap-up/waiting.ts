import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { PlanAction } from "@/lib/domain/plans/doc";
import { closingProblems } from "./closing";
import type { RoundPlanRow } from "./round-plans";
import { loadRoundPlans } from "./round-plans";

// The practice actions of the signed plans that wait for the wrap-up, each with its settlement.

export type Settlement = { planId: string; versionNumber: number; actionIndex: number; decision: string; note: string; settledAt: Date };
export type WaitingAgreement = {
  participantId: string;
  planId: string;
  name: string;
  versionNumber: number;
  actionIndex: number;
  action: PlanAction;
  settlement: Settlement | null;
};

export function waitingAgreements(rows: RoundPlanRow[], settlements: Settlement[]): WaitingAgreement[] {
  const key = (planId: string, version: number, index: number) => `${planId}:${version}:${index}`;
  const settled = new Map(settlements.map((entry) => [key(entry.planId, entry.versionNumber, entry.actionIndex), entry]));
  return rows.flatMap((row) =>
    row.content && row.planId && row.signedNumber !== null
      ? row.content.actions.flatMap((action, actionIndex) =>
          action.waitsForWrapUp
            ? [
                {
                  participantId: row.participantId,
                  planId: row.planId!,
                  name: row.name,
                  versionNumber: row.signedNumber!,
                  actionIndex,
                  action,
                  settlement: settled.get(key(row.planId!, row.signedNumber!, actionIndex)) ?? null,
                },
              ]
            : [],
        )
      : [],
  );
}

export async function loadSettlements(database: Database | Transaction, roundId: string): Promise<Settlement[]> {
  return database.wrapUpSettlement.findMany({
    where: { plan: { participant: { roundId } } },
    select: { planId: true, versionNumber: true, actionIndex: true, decision: true, note: true, settledAt: true },
  });
}

/** Everything the follow-up view and closing need: each plan, the joint actions, what is unsettled, what stops closing. */
export async function loadFollowUpState(database: Database | Transaction, roundId: string) {
  // One after the other: inside a transaction the queries share one connection.
  const rows = await loadRoundPlans(database, roundId);
  const settlements = await loadSettlements(database, roundId);
  const jointActions = await database.jointAction.findMany({
    where: { roundId },
    orderBy: { position: "asc" },
    select: { id: true, what: true, dueDate: true, who: true, followUpHow: true, status: true, carriedFrom: true, version: true },
  });
  const waiting = waitingAgreements(rows, settlements);
  const problems = closingProblems({
    plans: rows.map((row) => row.progress),
    jointActions: jointActions.map((action) => action.status),
    unsettled: waiting.filter((entry) => !entry.settlement).length,
  });
  return { rows, waiting, jointActions, problems };
}
