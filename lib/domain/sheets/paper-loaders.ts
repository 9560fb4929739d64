import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import type { SessionActor } from "@/lib/auth/current";
import { refuse } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { groupQuestions } from "./loaders";
import { paperOpen, paperTarget } from "./paper";
import { readFieldMap, readRevisionMap } from "./stored-fields";

/**
 * The paper form page: where the registration goes (the employee's sheet, or beside it), what is
 * typed in so far, and the group's questions. For the round's leader only; the read is recorded.
 */
export async function loadPaperRegistration(actor: SessionActor, roundId: string, participantId: string) {
  const participant = await db().roundParticipant.findFirst({
    where: { id: participantId, roundId },
    select: {
      id: true,
      groupId: true,
      personId: true,
      catchUpAt: true,
      absence: true,
      person: { select: { name: true, restrictedAt: true } },
      round: { select: { kind: true, state: true, leaderId: true, hasScores: true, answerLayout: true } },
      sheet: { select: { id: true, state: true, fields: true, revisions: true, registeredById: true } },
      paperSheet: { select: { id: true, fields: true, revisions: true } },
    },
  });
  if (!participant) notFound();
  // A participation moved to a new leader's round is no longer this leader's (rounds/manager-change/).
  if (participant.absence === "NEW_LEADER" || !can(actor, "read", { kind: "paperRegistration", leaderId: participant.round.leaderId }))
    await refuse(actor);
  const target = paperTarget(participant.sheet, participant.paperSheet !== null);
  const document = target === "sheet" ? participant.sheet : participant.paperSheet;
  if (document)
    await recordAudit(db(), {
      actorId: actor.id,
      action: "sheet.read",
      resourceKind: target === "sheet" ? "preparationSheet" : "paperSheet",
      resourceId: document.id,
      subjectId: participant.personId,
      purpose: "preparation",
    });
  return {
    participantId: participant.id,
    name: participant.person.name,
    kind: participant.round.kind,
    target,
    locked: !paperOpen(participant.round.state, participant.catchUpAt) || participant.person.restrictedAt !== null,
    restricted: participant.person.restrictedAt !== null,
    fields: document ? readFieldMap(document.fields) : {},
    revisions: document ? readRevisionMap(document.revisions) : {},
    themes: await groupQuestions(participant.groupId),
    layout: { hasScores: participant.round.hasScores, answerLayout: participant.round.answerLayout },
  };
}
