import "server-only";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Actions are "<resource>.<verb>" codes; the Danish wording for each lives in the dictionary,
// so the log and a person's access report read the same in the UI and in exports.
export type AuditAction =
  | "session.sign_in"
  | "session.sign_out"
  | "session.refused"
  | "person.oidcBound"
  | "person.create"
  | "person.update"
  | "person.deactivate"
  | "person.read"
  | "unit.create"
  | "unit.update"
  | "people.import"
  | "accessReport.read"
  | "personalData.export"
  | "template.update"
  | "round.create"
  | "round.update"
  | "round.kickoff"
  | "round.questions"
  | "round.groups"
  | "round.participants"
  | "round.absence"
  | "round.catchUp"
  | "round.publish"
  | "conversation.schedule"
  | "conversation.cancel"
  | "round.meeting"
  | "sheet.update"
  | "sheet.submit"
  | "sheet.withdraw"
  | "sheet.read"
  | "sheet.readEarlierScores"
  | "sheet.registerPaper"
  | "plan.approveOnPaper"
  | "note.update"
  | "note.read"
  | "organisation.filingScope"
  | "organisation.participantRules"
  | "organisation.helpContact"
  | "organisation.guidance"
  | "organisation.upwardQuestions"
  | "retention.policy"
  | "privacy.settings"
  | "retention.run"
  | "legalHold.place"
  | "legalHold.lift"
  | "medCommittee.save"
  | "medCommittee.delete"
  | "person.erase"
  | "person.restrict"
  | "person.unrestrict"
  | "plan.read"
  | "plan.approve"
  | "plan.followUp"
  | "plan.download"
  | "plan.export"
  | "plan.file"
  | "plan.comment"
  | "plan.miniMus"
  | "plan.settle"
  | "plan.carryActions"
  | "round.advance"
  | "round.next"
  | "round.handover"
  | "note.handover"
  | "round.participantMove"
  | "round.participantAdd"
  | "organisation.managerChangeRule"
  | "round.note"
  | "round.feedback"
  | "round.carryOver"
  | "jointAction.change"
  | "round.unionRep"
  | "round.upwardInput"
  | "round.comment"
  | "medCommittee.import"
  | "access.refused";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  resourceKind: string;
  resourceId?: string | null;
  subjectId?: string | null;
  purpose?: string | null;
  details?: Prisma.InputJsonValue;
};

type AuditWriter = { auditEvent: Pick<Database["auditEvent"], "create" | "createMany"> };

/** Call inside the same transaction as the write it records, so neither exists without the other. */
export async function recordAudit(client: AuditWriter, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({ data: entry });
}

export async function recordAudits(client: AuditWriter, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await client.auditEvent.createMany({ data: entries });
}
