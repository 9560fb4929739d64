import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { AccessDenied } from "@/lib/auth/guard";
import { findOwnSheet } from "@/lib/domain/sheets/loaders";
import { toSheetPdfData } from "@/lib/domain/sheets/pdf-data";
import { da } from "@/lib/i18n/da";
import { renderPreparationSheetPdf } from "@/lib/pdf/preparation-sheet";
import { fileSlug, pdfResponse } from "@/lib/pdf/response";

// One's own preparation sheet as a PDF, for those who prepare on paper.
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  const sheet = await findOwnSheet(actor, params.id);
  if (!sheet) throw new AccessDenied();
  const data = toSheetPdfData({
    municipality: sheet.round.municipality.name,
    roundTitle: sheet.round.title,
    person: sheet.person,
    leaderName: sheet.round.leader.name,
    conversationStart: sheet.conversation?.startsAt ?? null,
    fields: sheet.fields,
    themes: sheet.themes,
  });
  return pdfResponse(await renderPreparationSheetPdf(data), fileSlug(da.sheets.pdf.fileName(sheet.person.name)));
});
