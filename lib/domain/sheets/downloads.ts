import "server-only";
import { AccessDenied } from "@/lib/auth/guard";
import type { SessionActor } from "@/lib/auth/current";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { renderPreparationSheetPdf } from "@/lib/pdf/preparation-sheet";
import { can } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { findOwnSheet, groupQuestions } from "./loaders";
import { readFieldMap } from "./stored-fields";
import { toSheetPdfData } from "./pdf-data";

/** One's own preparation sheet as a PDF, for those who prepare on paper. */
export async function ownSheetPdf(actor: SessionActor, roundId: string): Promise<Download> {
  const sheet = await findOwnSheet(actor, roundId);
  if (!sheet) throw new AccessDenied();
  const data = toSheetPdfData({
    municipality: sheet.round.municipality.name,
    roundTitle: sheet.round.title,
    person: sheet.person,
    leaderName: sheet.round.leader.name,
    conversationStart: sheet.conversation?.startsAt ?? null,
    registeredNote: sheet.registeredBy ? da.paper.registration.mark(sheet.round.kind, sheet.registeredBy) : null,
    fields: sheet.fields,
    layout: sheet.layout,
    themes: sheet.themes,
  });
  return {
    fileName: da.sheets.pdf.fileName(sheet.person.name),
    contentType: "application/pdf",
    body: await renderPreparationSheetPdf(data),
  };
}

/**
 * A participant's shared sheet as a PDF, for the round's leader: the employee's printed copy of a
 * paper form the leader typed in (marked as such), or any sheet shared with the leader. The read is recorded.
 */
export async function participantSheetPdf(actor: SessionActor, roundId: string, participantId: string): Promise<Download> {
  const participant = await db().roundParticipant.findFirst({
    where: { id: participantId, roundId },
    select: {
      groupId: true,
      personId: true,
      person: { select: { name: true, jobTitle: true } },
      round: {
        select: { title: true, kind: true, leaderId: true, leader: { select: { name: true } }, municipality: { select: { name: true } } },
      },
      conversation: { select: { startsAt: true } },
      sheet: { select: { id: true, state: true, fields: true, registeredBy: { select: { name: true } } } },
    },
  });
  const resource = {
    kind: "preparationSheet",
    ownerId: participant?.personId ?? "",
    leaderId: participant?.round.leaderId ?? "",
    submitted: participant?.sheet?.state === "SUBMITTED",
  } as const;
  // The employee reads their own from /forberedelse/pdf; this one is the leader's.
  if (!participant?.sheet || actor.id === participant.personId || !can(actor, "read", resource)) throw new AccessDenied();
  await recordAudit(db(), {
    actorId: actor.id,
    action: "sheet.read",
    resourceKind: "preparationSheet",
    resourceId: participant.sheet.id,
    subjectId: participant.personId,
    purpose: "preparation",
  });
  const data = toSheetPdfData({
    municipality: participant.round.municipality.name,
    roundTitle: participant.round.title,
    person: participant.person,
    leaderName: participant.round.leader.name,
    conversationStart: participant.conversation?.startsAt ?? null,
    registeredNote: participant.sheet.registeredBy
      ? da.paper.registration.mark(participant.round.kind, participant.sheet.registeredBy.name)
      : null,
    fields: readFieldMap(participant.sheet.fields),
    themes: await groupQuestions(participant.groupId),
  });
  return {
    fileName: da.sheets.pdf.fileName(participant.person.name),
    contentType: "application/pdf",
    body: await renderPreparationSheetPdf(data),
  };
}
