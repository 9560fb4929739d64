import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionActor } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { accessReportCsv } from "./access-report-csv";
import { loadAccessReport } from "./loaders";

/** A person's access report as a CSV download; producing it for someone else is itself recorded. */
export async function accessReportResponse(actor: SessionActor, subjectId: string): Promise<Response> {
  authorize(actor, "export", { kind: "accessReport", subjectId });
  const subject = await db().person.findUnique({ where: { id: subjectId }, select: { id: true, email: true } });
  if (!subject) return Response.json({ error: "not found" }, { status: 404 });
  const events = await loadAccessReport(subjectId);
  if (actor.id !== subjectId) {
    await recordAudit(db(), { actorId: actor.id, action: "accessReport.read", resourceKind: "accessReport", resourceId: subjectId, subjectId, purpose: "accessRequest" });
  }
  const filename = `adgangslog-${subject.email.replace(/[^a-z0-9.-]/g, "_")}.csv`;
  return new Response(accessReportCsv(events, subjectId), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
