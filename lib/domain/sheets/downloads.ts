import "server-only";
import { AccessDenied } from "@/lib/auth/guard";
import type { SessionActor } from "@/lib/auth/current";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { renderPreparationSheetPdf } from "@/lib/pdf/preparation-sheet";
import { findOwnSheet } from "./loaders";
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
