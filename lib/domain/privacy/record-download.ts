import "server-only";
import type { SessionActor } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";
import { loadPrivacyFacts } from "./data";
import { controllerName } from "./facts";
import { processingRecord } from "./record";
import { sectionsHtml } from "./record-html";

type Reader = Pick<SessionActor, "id" | "active" | "roles" | "municipalityId">;

/**
 * The record of processing (art. 30) as an HTML file, for an administrator of the municipality.
 * It holds no one's personal data but the DPO's contact, so reading it is not audited.
 */
export async function processingRecordDownload(database: Database, actor: Reader, now = new Date()): Promise<Download> {
  authorize(actor, "read", { kind: "organisation" });
  const facts = await loadPrivacyFacts(database, actor.municipalityId);
  const t = da.privacy.record;
  const controller = controllerName(facts);
  return {
    fileName: t.fileName(controller),
    contentType: "text/html; charset=utf-8",
    body: sectionsHtml({ title: t.title, lead: t.lead(controller, formatDateTime(now)), sections: processingRecord(facts) }),
  };
}
