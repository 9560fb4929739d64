import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/policy";
import type { SessionActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { findOwnSheet, groupQuestions, loadParticipantForLeader } from "@/lib/domain/sheets/loaders";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { earlierActionsOffer } from "@/lib/domain/plans/carry-over/data";
import { awaitsPrefill } from "@/lib/domain/plans/mutations/open";
import { loadPlanVersions } from "@/lib/domain/plans/versions/data";
import { readActionStates } from "@/lib/domain/plans/stored/read-action-states";
import { StoredDocumentError } from "@/lib/stored/versioned";
import type { PlanContent } from "@/lib/domain/plans/doc";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";
import { refuse } from "@/lib/auth/page-guard";
import { recordAudit } from "@/lib/audit/record";

/**
 * A version as the page shows it. One that fits no stored shape must not take the live plan's page
 * down with it: it is shown as unreadable (never with guessed values) and logged with its id. The
 * PDF, the follow-up and the other uses of a version refuse it outright (readPlanContent throws).
 */
function shownContent(version: { id: string; content: unknown }): PlanContent | null {
  try {
    return readPlanContent(version.content);
  } catch (error) {
    if (!(error instanceof StoredDocumentError)) throw error;
    console.error(`[plans] version ${version.id} cannot be shown: ${error.message}`);
    return null;
  }
}

/**
 * The conversation page of one participant, for its two parties only: the plan (made by openPlan,
 * never here), its versions and follow-ups, the sheet and the guide;
 * the leader's own notes on the leader's screen only. Both parties' reads are audited.
 */
export async function loadConversationPlan(actor: SessionActor, roundId: string, participantId: string) {
  const participant = await db().roundParticipant.findFirst({
    where: { id: participantId, roundId, round: { state: { not: "PLANNING" } } },
    select: {
      id: true,
      personId: true,
      groupId: true,
      absence: true,
      person: { select: { name: true, restrictedAt: true, email: true, oidcSubject: true } },
      round: { select: { kind: true, title: true, state: true, leaderId: true, leader: { select: { name: true } } } },
      sheet: { select: { state: true, fields: true } },
    },
  });
  // A participation moved to a new leader's round was never held here (a held one stays): no plan here.
  if (!participant || participant.absence === "NEW_LEADER") notFound();
  if (!can(actor, "read", { kind: "plan", employeeId: participant.personId, leaderId: participant.round.leaderId, signed: false }))
    await refuse(actor);
  const isLeader = actor.id === participant.round.leaderId;
  // Reading writes nothing: with no plan yet, or a shared sheet not yet brought into it, the page
  // asks for the explicit step that does (openPlan, through a server action) and reads again.
  const plan = await db().plan.findUnique({ where: { participantId: participant.id }, select: { id: true, state: true } });
  const editable = allowedActions(participant.round.state).includes("editPlan");
  // While the employee's processing is restricted (GDPR art. 18) nothing is made or prefilled: the
  // page says so instead of asking for the step that would be refused.
  const restricted = participant.person.restrictedAt !== null;
  if (!plan || (editable && !restricted && participant.sheet?.state === "SUBMITTED" && awaitsPrefill(plan.state))) {
    return { needsOpening: true as const, employeeName: participant.person.name, kind: participant.round.kind, restricted };
  }
  const planId = plan.id;
  // Each party's opening of the plan is in the log, as the leader's reads of the sheet are.
  await recordAudit(db(), {
    actorId: actor.id,
    action: "plan.read",
    resourceKind: "plan",
    resourceId: planId,
    subjectId: participant.personId,
    purpose: "conversation",
    details: { via: "page" },
  });
  const earlierOffer = await earlierActionsOffer(db(), actor, {
    participantId: participant.id,
    employeeId: participant.personId,
    leaderId: participant.round.leaderId,
    state: plan.state,
    editable,
  });

  const [preparation, themes, versions, followUps, meeting, roundThemes, settlements] = await Promise.all([
    isLeader ? loadParticipantForLeader(actor, roundId, participantId, "conversation") : findOwnSheet(actor, roundId),
    groupQuestions(participant.groupId),
    loadPlanVersions(db(), planId),
    db().planFollowUp.findMany({
      where: { planId },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, heldOn: true, note: true, actionStates: true, versionNumber: true, authorId: true },
    }),
    db().followUpMeeting.findUnique({ where: { planId }, select: { startsAt: true, durationMinutes: true, location: true } }),
    // Every theme of the round (also those without questions, e.g. "Andet individuelt"), for the practice actions' theme.
    db().roundTheme.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { title: true } }),
    db().wrapUpSettlement.findMany({
      where: { planId },
      orderBy: { actionIndex: "asc" },
      select: { versionNumber: true, actionIndex: true, decision: true, note: true, settledAt: true },
    }),
  ]);
  const signed = versions.find((version) => version.signedAt !== null); // newest first
  const names = new Map([
    [participant.personId, participant.person.name],
    [participant.round.leaderId, participant.round.leader.name],
  ]);
  const sheet =
    preparation && "participant" in preparation
      ? preparation.sheet
      : preparation
        ? {
            fields: preparation.fields,
            submittedAt: preparation.submittedAt,
            registeredBy: preparation.registeredBy,
            themes: preparation.themes,
            layout: preparation.layout,
            previous: preparation.previous,
          }
        : null;
  return {
    needsOpening: false as const,
    planId,
    groupId: participant.groupId,
    kind: participant.round.kind,
    employeeId: participant.personId,
    employeeName: participant.person.name,
    restricted,
    leaderId: participant.round.leaderId,
    leaderName: participant.round.leader.name,
    isLeader,
    // The employee signs on paper and the leader registers it (policy: "signOnPaper").
    // Until the newest version is signed: afterwards a change makes a new version to sign again.
    signsOnPaper:
      isLeader && participant.person.email === null && participant.person.oidcSubject === null && editable && !versions[0]?.signedAt,
    earlierOffer,
    sheet,
    note: preparation && "participant" in preparation ? preparation.note : null,
    // A paper form kept beside the employee's own sheet: the leader's screen shows both.
    paper: preparation && "participant" in preparation ? preparation.paper : null,
    themes,
    roundThemes: roundThemes.map((theme) => theme.title),
    settlements,
    signed: signed ? { number: signed.number, content: shownContent(signed) } : null,
    followUps: followUps.map((entry) => ({
      ...entry,
      actionStates: readActionStates(entry.actionStates),
      author: names.get(entry.authorId) ?? "",
    })),
    meeting,
    versions: versions.map((version) => ({
      id: version.id,
      number: version.number,
      signedAt: version.signedAt,
      content: shownContent(version),
      employeeComment: version.employeeComment,
      filedAt: version.filedAt,
      filedBy: version.filedBy?.name ?? null,
      approvals: version.approvals.map((approval) => ({
        name: names.get(approval.personId) ?? "",
        at: approval.approvedAt,
        onPaperBy: approval.registeredBy?.name ?? null,
      })),
      waitingFor: [...names.entries()]
        .filter(([id]) => !version.approvals.some((approval) => approval.personId === id))
        .map(([, name]) => name),
    })),
  };
}
