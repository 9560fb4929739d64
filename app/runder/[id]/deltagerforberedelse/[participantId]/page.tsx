import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RestrictionNotice } from "@/components/restriction/restriction-notice";
import { LeaderNoteForm } from "@/components/sheets/leader-note-form";
import { SheetView } from "@/components/sheets/sheet-view";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadParticipantForLeader } from "@/lib/domain/sheets/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.sheets.leader.title };

export default async function ParticipantPreparationPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  const { actor, round } = await requireRound(id, "update");
  if (!z.uuid().safeParse(participantId).success) notFound();
  const { participant, sheet, paper, note, restricted, moved } = await loadParticipantForLeader(actor, round.id, participantId);
  const t = da.sheets.leader;
  const p = da.paper.registration;
  return (
    <>
      <p className="mb-4">
        <Link href={`/runder/${round.id}/deltagerforberedelse`} className="font-medium text-brand-700 underline underline-offset-4">
          {t.back}
        </Link>
      </p>
      <h2 className="text-2xl font-semibold text-brand-900">{t.open(participant.person.name)}</h2>
      {restricted ? <RestrictionNotice /> : null}
      {moved ? (
        // Moved to a new leader's round: no plan here, and the sheet is no longer this leader's to read.
        <p role="status" className="mt-3 rounded-md border border-amber-600 bg-amber-50 p-3">
          {da.managerChange.errors.moved}
        </p>
      ) : (
        <p className="mt-3">
          <Link href={`/runder/${round.id}/samtale/${participant.id}`} className="font-medium text-brand-700 underline underline-offset-4">
            {da.plans.page.open}
          </Link>
          <span aria-hidden="true" className="mx-3 text-slate-400">
            {da.common.separator}
          </span>
          <Link
            href={`/runder/${round.id}/deltagerforberedelse/${participant.id}/papir`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {p.open}
          </Link>
        </p>
      )}
      <div className="mt-6 grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="sheet-heading">
          <h3 id="sheet-heading" className="mb-3 text-xl font-semibold text-brand-900">
            {t.sheetHeading(participant.person.name)}
          </h3>
          {sheet ? (
            <>
              {sheet.registeredBy ? (
                <div className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800">
                  <p>{p.mark(participant.round.kind, sheet.registeredBy)}</p>
                  <a
                    href={`/runder/${round.id}/deltagerforberedelse/${participant.id}/pdf`}
                    className="font-medium text-brand-700 underline underline-offset-4"
                  >
                    {p.printCopy(participant.round.kind)}
                  </a>
                </div>
              ) : sheet.submittedAt ? (
                <p className="mb-4 text-slate-700">{t.submittedAt(formatDateTime(sheet.submittedAt))}</p>
              ) : null}
              <SheetView
                fields={sheet.fields}
                themes={sheet.themes}
                layout={sheet.layout}
                previous={sheet.previous}
                owner={participant.person.name}
              />
            </>
          ) : (
            <p className="text-slate-700">{moved ? da.managerChange.sheet.leaderMoved : t.draft}</p>
          )}
          {paper ? (
            // Kept beside the employee's own sheet, never merged into it (lib/domain/sheets/paper.ts).
            <section aria-labelledby="paper-heading" className="mt-10 border-t border-slate-300 pt-6">
              <h3 id="paper-heading" className="mb-3 text-xl font-semibold text-brand-900">
                {p.paperHeading(paper.registeredBy)}
              </h3>
              <SheetView
                fields={paper.fields}
                themes={paper.themes}
                layout={paper.layout}
                previous={null}
                owner={participant.person.name}
              />
            </section>
          ) : null}
        </section>
        <section aria-labelledby="note-heading" className="lg:sticky lg:top-4 lg:self-start">
          <h3 id="note-heading" className="mb-3 text-xl font-semibold text-brand-900">
            {t.noteHeading}
          </h3>
          {moved ? (
            // The old leader's own note stays theirs to read; nothing more is written about someone moved away.
            <p className="whitespace-pre-wrap text-slate-800">{String(note.fields.experience ?? "")}</p>
          ) : (
            <LeaderNoteForm participantId={participant.id} kind={round.kind} fields={note.fields} revisions={note.revisions} />
          )}
        </section>
      </div>
    </>
  );
}
