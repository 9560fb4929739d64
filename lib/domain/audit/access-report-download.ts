import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionActor } from "@/lib/auth/current";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Download } from "@/lib/http/download";
import { accessReportCsv } from "./access-report-csv";
import { loadAccessReport } from "./loaders";

/** A person's access report as a CSV download; producing it for someone else is itself recorded. */
export async function accessReportDownload(actor: SessionActor, subjectId: string): Promise<Download> {
  const subject = await db().person.findUnique({ where: { id: subjectId }, select: { id: true, email: true, municipalityId: true } });
  if (!subject) throw new AccessDenied();
  authorize(actor, "export", { kind: "accessReport", subjectId, sameMunicipality: subject.municipalityId === actor.municipalityId });
  const events = await loadAccessReport(subjectId);
  if (actor.id !== subjectId) {
    await recordAudit(db(), {
      actorId: actor.id,
      action: "accessReport.read",
      resourceKind: "accessReport",
      resourceId: subjectId,
      subjectId,
      purpose: "accessRequest",
    });
  }
  return {
    fileName: `adgangslog-${subject.email ?? subject.id}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: accessReportCsv(events, subjectId),
  };
}
