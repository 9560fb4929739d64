import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/policy";
import type { SessionActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { loadPlanVersions } from "./sign-off";
import { ensurePlan } from "./store";

/** The plan of one conversation, for its two parties only (created empty on first opening). */
export async function loadConversationPlan(actor: SessionActor, roundId: string, participantId: string) {
  const participant = await db().roundParticipant.findFirst({
    where: { id: participantId, roundId, round: { state: { not: "PLANNING" } } },
    select: { id: true, personId: true, person: { select: { name: true } }, round: { select: { leaderId: true, leader: { select: { name: true } } } } },
  });
  if (!participant) notFound();
  if (!can(actor, "read", { kind: "plan", employeeId: participant.personId, leaderId: participant.round.leaderId, signed: false })) notFound();
  const planId = await ensurePlan(db(), participant.id);
  const names = new Map([[participant.personId, participant.person.name], [participant.round.leaderId, participant.round.leader.name]]);
  const versions = await loadPlanVersions(db(), planId);
  return {
    planId,
    employeeName: participant.person.name,
    leaderName: participant.round.leader.name,
    isLeader: actor.id === participant.round.leaderId,
    versions: versions.map((version) => ({
      number: version.number,
      signedAt: version.signedAt,
      approvals: version.approvals.map((approval) => ({ name: names.get(approval.personId) ?? "", at: approval.approvedAt })),
      waitingFor: [...names.entries()].filter(([id]) => !version.approvals.some((approval) => approval.personId === id)).map(([, name]) => name),
    })),
  };
}
