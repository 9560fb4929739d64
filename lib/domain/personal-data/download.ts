import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionActor } from "@/lib/auth/current";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { personalDataZip } from "./archive";
import { findSubject, loadPersonalData } from "./load";

type Exporter = Pick<SessionActor, "id" | "active" | "roles" | "municipalityId">;

/**
 * Everything the app holds about a person (GDPR art. 15) as one ZIP: for the person themself, or
 * for an administrator of the person's municipality, whose export is recorded in the audit log
 * (and so is in the person's own access log from then on). Someone else, or a person who does not
 * exist, is refused alike.
 */
export async function personalDataDownload(database: Database, actor: Exporter, subjectId: string): Promise<Download> {
  const subject = await findSubject(database, subjectId);
  if (!subject) throw new AccessDenied();
  authorize(actor, "export", { kind: "personalData", subjectId, sameMunicipality: subject.municipalityId === actor.municipalityId });
  if (actor.id !== subjectId) {
    await recordAudit(database, {
      actorId: actor.id,
      action: "personalData.export",
      resourceKind: "personalData",
      resourceId: subjectId,
      subjectId,
      purpose: "accessRequest",
    });
  }
  const data = await loadPersonalData(database, subjectId);
  if (!data) throw new AccessDenied();
  return {
    fileName: da.personalData.fileName(data.person.email ?? data.person.id),
    contentType: "application/zip",
    body: personalDataZip(data),
  };
}
