import type { Metadata } from "next";
import Link from "next/link";
import { RestrictionNotice } from "@/components/restriction/restriction-notice";
import { RetentionNotice } from "@/components/retention/retention-notice";
import { SheetMoveNotice } from "@/components/manager-change/sheet-move-notice";
import { SheetForm } from "@/components/sheets/sheet-form";
import { SheetView } from "@/components/sheets/sheet-view";
import { UpwardResultsSection } from "@/components/upward/upward-results";
import { db } from "@/lib/db";
import { loadRetentionPolicy } from "@/lib/domain/retention/data";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadSheetMoveNotice } from "@/lib/domain/rounds/manager-change/loaders";
import { loadOwnSheet } from "@/lib/domain/sheets/loaders";
import { loadUpwardResults } from "@/lib/domain/upward/data";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.sheets.own.title };

export default async function OwnSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, round } = await requireRound(id, "read");
  const [sheet, policy] = await Promise.all([loadOwnSheet(actor, round.id), loadRetentionPolicy(db(), round.municipalityId)]);
  const [moveNotice, upward] = await Promise.all([
    loadSheetMoveNotice(sheet.participantId),
    // A leader in a LUS round with upward input reads what their own employees said, to prepare.
    round.kind === "LUS" ? loadUpwardResults(db(), actor, sheet.participantId) : null,
  ]);
  const t = da.sheets.own;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      {/* Moved to a new leader's round: the notice below says whose the sheet is now. */}
      {moveNotice.movedAway ? null : <p className="mt-2 max-w-3xl text-slate-700">{t.lead(sheet.round.leader.name)}</p>}
      <p className="mt-1 text-slate-700">
        {sheet.conversation ? t.conversation(formatDateTime(sheet.conversation.startsAt)) : t.noConversation}
      </p>
      <RetentionNotice policy={policy} of="sheet" closedAt={round.closedAt} hasScores={round.hasScores} />
      {sheet.restricted ? <RestrictionNotice /> : null}
      {sheet.registeredBy ? (
        <p className="mt-3 max-w-3xl rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800">
          {da.paper.registration.markOwn(sheet.registeredBy)}
        </p>
      ) : null}
      {sheet.paper ? (
        <details className="mt-3 max-w-3xl rounded-md border border-slate-300 p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">
            {da.paper.registration.paperOwnHeading(sheet.paper.registeredBy)}
          </summary>
          <SheetView fields={sheet.paper.fields} themes={sheet.themes} layout={sheet.layout} previous={null} owner={null} />
        </details>
      ) : null}
      <SheetMoveNotice notice={moveNotice} />
      <p className="mb-6 mt-2">
        <Link href={`/runder/${round.id}/forberedelse/udskriv`} className="font-medium text-brand-700 underline underline-offset-4">
          {da.sheets.print.open}
        </Link>
        <span aria-hidden="true" className="mx-3 text-slate-400">
          {da.common.separator}
        </span>
        <a href={`/runder/${round.id}/forberedelse/pdf`} className="font-medium text-brand-700 underline underline-offset-4">
          {da.sheets.pdf.download}
        </a>
        <span aria-hidden="true" className="mx-3 text-slate-400">
          {da.common.separator}
        </span>
        <Link href={`/runder/${round.id}/information`} className="font-medium text-brand-700 underline underline-offset-4">
          {da.guidance.leaflet.link(round.kind)}
        </Link>
        {moveNotice.movedAway ? null : (
          <>
            <span aria-hidden="true" className="mx-3 text-slate-400">
              {da.common.separator}
            </span>
            <Link
              href={`/runder/${round.id}/samtale/${sheet.participantId}`}
              className="font-medium text-brand-700 underline underline-offset-4"
            >
              {da.plans.page.openOwn(round.kind)}
            </Link>
          </>
        )}
      </p>
      {upward ? (
        <div className="mb-8 max-w-3xl">
          <UpwardResultsSection results={upward} threshold={env().OVERVIEW_MIN_PEOPLE} />
        </div>
      ) : null}
      <SheetForm
        participantId={sheet.participantId}
        themes={sheet.themes}
        layout={sheet.layout}
        fields={sheet.fields}
        revisions={sheet.revisions}
        submitted={sheet.state === "SUBMITTED"}
        submittedText={sheet.submittedAt ? t.submitted(formatDateTime(sheet.submittedAt)) : null}
        locked={sheet.locked || sheet.restricted}
        lockedText={sheet.restricted ? da.restriction.notice.text : moveNotice.movedAway ? da.managerChange.sheet.locked : undefined}
        previous={sheet.previous}
        kind={round.kind}
      />
    </>
  );
}
