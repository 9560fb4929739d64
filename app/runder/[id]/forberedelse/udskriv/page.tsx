import type { Metadata } from "next";
import { PrintButton } from "@/components/sheets/print-button";
import { SheetView } from "@/components/sheets/sheet-view";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadOwnSheet } from "@/lib/domain/sheets/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.sheets.own.title };

/** One's own sheet on paper: the answers so far, laid out to print (menus and buttons left off). */
export default async function PrintSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, round } = await requireRound(id, "read");
  const sheet = await loadOwnSheet(actor, round.id);
  const t = da.sheets.own;
  return (
    <article className="flex flex-col gap-4">
      <h2 className="text-2xl font-semibold text-brand-900">{da.sheets.print.title(actor.name)}</h2>
      <p className="text-slate-700">
        {sheet.conversation ? t.conversation(formatDateTime(sheet.conversation.startsAt)) : t.noConversation}
      </p>
      <div>
        <PrintButton label={t.print} />
      </div>
      <SheetView fields={sheet.fields} themes={sheet.themes} layout={sheet.layout} previous={sheet.previous} owner={null} />
    </article>
  );
}
