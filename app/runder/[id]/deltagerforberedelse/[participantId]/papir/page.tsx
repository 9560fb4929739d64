import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RestrictionNotice } from "@/components/restriction/restriction-notice";
import { SheetForm } from "@/components/sheets/sheet-form";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadPaperRegistration } from "@/lib/domain/sheets/paper-loaders";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.paper.registration.open };

/** The leader types in the employee's paper form (lib/domain/sheets/paper.ts says where it goes). */
export default async function PaperRegistrationPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  const { actor, round } = await requireRound(id, "update");
  if (!z.uuid().safeParse(participantId).success) notFound();
  const paper = await loadPaperRegistration(actor, round.id, participantId);
  const t = da.paper.registration;
  return (
    <>
      <p className="mb-4">
        <Link
          href={`/runder/${round.id}/deltagerforberedelse/${paper.participantId}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {t.back}
        </Link>
      </p>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title(paper.name)}</h2>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700">{paper.target === "sheet" ? t.leadSheet(paper.kind) : t.leadPaper(paper.kind)}</p>
      {paper.restricted ? <RestrictionNotice /> : null}
      {paper.locked && !paper.restricted ? (
        <p role="note" className="mb-6 font-medium">
          {t.errors.notOpen}
        </p>
      ) : null}
      <SheetForm
        participantId={paper.participantId}
        themes={paper.themes}
        layout={paper.layout}
        fields={paper.fields}
        revisions={paper.revisions}
        submitted={false}
        submittedText={null}
        locked={paper.locked}
        lockedText={paper.restricted ? da.restriction.notice.text : t.errors.notOpen}
        previous={null}
        paper={{ target: paper.target }}
      />
    </>
  );
}
