import type { Metadata } from "next";
import Link from "next/link";
import { JointActionControls, JointActionForm } from "@/components/wrap-up/joint-action-forms";
import { MeetingForm } from "@/components/rounds/meeting-form";
import { RoundComments } from "@/components/rounds/round-comments";
import { JointActionTable } from "@/components/wrap-up/joint-action-table";
import { FeedbackEditor } from "@/components/wrap-up/publish-feedback";
import { ReadOnlyNote } from "@/components/wrap-up/read-only-note";
import { agendaFields } from "@/components/wrap-up/agenda-fields";
import { RoundNoteForm } from "@/components/wrap-up/round-note-form";
import { SettleForm } from "@/components/wrap-up/settle-form";
import { loadCooperationBody } from "@/lib/domain/organisation/municipality";
import { isoDay } from "@/lib/domain/rounds/dates";
import { loadMeetings } from "@/lib/domain/rounds/meetings/loaders";
import { meetingActions } from "@/lib/domain/rounds/meetings/schema";
import { allowedActions, wrapUpBegun } from "@/lib/domain/rounds/state-machine";
import { loadRoundComments } from "@/lib/domain/rounds/union-rep/loaders";
import { loadWaitingAgreements, loadWrapUp, requireWrapUpReader } from "@/lib/domain/wrap-up/loaders";
import type { SettlementInput } from "@/lib/domain/wrap-up/schema";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.wrapUp.meeting.title };

const t = da.wrapUp.meeting;

export default async function WrapUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round, isLeader, isUnionRep } = await requireWrapUpReader(id);
  const started = wrapUpBegun(round.state);
  if (!isLeader && !started) return <p>{t.notStarted}</p>;
  const [wrapUp, waiting, comments, meetings, body] = await Promise.all([
    loadWrapUp(round.id),
    isLeader && started ? loadWaitingAgreements(round.id) : [],
    loadRoundComments(round.id, "WRAP_UP"),
    isLeader ? loadMeetings(round.id, "WRAP_UP", [null]) : [],
    loadCooperationBody(),
  ]);
  const actions = allowedActions(round.state);
  const editable = isLeader && actions.includes("editWrapUp");
  const fields = agendaFields(
    wrapUp.themes.map((theme) => theme.title),
    wrapUp.developmentGoals,
  );
  const rows = wrapUp.jointActions.map((action) => ({
    id: action.id,
    version: action.version,
    status: action.status,
    values: { what: action.what, dueDate: isoDay(action.dueDate), who: action.who, followUpHow: action.followUpHow },
  }));
  return (
    <div className="flex max-w-4xl flex-col gap-10">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
        <p className="mt-2 text-slate-700">{isLeader ? t.lead(body) : t.readerLead}</p>
        {started ? (
          <p className="mt-3">
            <Link href={`/runder/${round.id}/opsamling/skaerm`} className="font-medium text-brand-700 underline">
              {t.present}
            </Link>
            <span className="ml-2 text-sm text-slate-700">{t.presentLead}</span>
          </p>
        ) : null}
        {isLeader && !started ? (
          <p role="note" className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
            {t.notStarted}
          </p>
        ) : null}
      </div>

      {meetings[0] ? (
        <MeetingForm
          roundId={round.id}
          kind="WRAP_UP"
          groupId={null}
          meeting={meetings[0]}
          editable={meetingActions.WRAP_UP.some((action) => actions.includes(action))}
        />
      ) : null}

      <section aria-labelledby="agenda-heading" className="flex flex-col gap-4">
        <h3 id="agenda-heading" className="text-xl font-semibold text-brand-900">
          {t.agendaHeading}
        </h3>
        {editable ? (
          <RoundNoteForm
            roundId={round.id}
            kind="wrapUp"
            idPrefix="wrap-up"
            fields={fields}
            values={wrapUp.note.fields}
            revisions={wrapUp.note.revisions}
          />
        ) : (
          <ReadOnlyNote fields={fields} values={wrapUp.note.fields} />
        )}
      </section>

      <section aria-labelledby="joint-plan-heading" className="flex flex-col gap-4">
        <div>
          <h3 id="joint-plan-heading" className="text-xl font-semibold text-brand-900">
            {t.planHeading}
          </h3>
          <p className="text-slate-700">{t.planLead}</p>
        </div>
        <JointActionTable actions={wrapUp.jointActions} />
        {editable ? (
          <>
            {rows.map((row, index) => (
              <details key={`${row.id}-${row.version}`} className="rounded-md border border-slate-300 p-4">
                <summary className="cursor-pointer font-medium">{t.edit(index + 1)}</summary>
                <div className="mt-3 flex flex-col gap-4">
                  <JointActionForm roundId={round.id} row={row} idPrefix={`joint-${index}`} />
                  <JointActionControls roundId={round.id} row={row} position={index + 1} removable />
                </div>
              </details>
            ))}
            <section aria-labelledby="joint-add-heading" className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
              <h4 id="joint-add-heading" className="font-semibold">
                {t.addHeading}
              </h4>
              <JointActionForm roundId={round.id} idPrefix="joint-new" />
            </section>
          </>
        ) : null}
      </section>

      {isLeader && started ? (
        <section aria-labelledby="waiting-heading" className="flex flex-col gap-4">
          <div>
            <h3 id="waiting-heading" className="text-xl font-semibold text-brand-900">
              {t.waitingHeading}
            </h3>
            <p className="text-slate-700">{t.waitingLead(round.kind)}</p>
          </div>
          {waiting.length === 0 ? <p>{t.noWaiting}</p> : null}
          {waiting.map((entry, index) => {
            const label = t.waitingAction(entry.name, entry.actionIndex + 1);
            return (
              <article
                key={`${entry.planId}-${entry.actionIndex}`}
                aria-label={label}
                className="flex flex-col gap-3 rounded-md border border-slate-300 p-4"
              >
                <h4 className="font-semibold">{label}</h4>
                <p className="whitespace-pre-line">{entry.action.what || da.sheets.view.empty}</p>
                {entry.settlement ? (
                  <p className="font-medium text-green-800">
                    {t.settled(
                      t.decisions[entry.settlement.decision as keyof typeof t.decisions],
                      formatDateTime(entry.settlement.settledAt),
                    )}
                  </p>
                ) : null}
                {actions.includes("settleAgreements") ? (
                  <SettleForm
                    roundId={round.id}
                    kind={round.kind}
                    planId={entry.planId}
                    versionNumber={entry.versionNumber}
                    actionIndex={entry.actionIndex}
                    idPrefix={`settle-${index}`}
                    label={label}
                    current={
                      entry.settlement ? ({ decision: entry.settlement.decision, note: entry.settlement.note } as SettlementInput) : null
                    }
                  />
                ) : null}
              </article>
            );
          })}
        </section>
      ) : null}

      <section aria-labelledby="feedback-heading" className="flex flex-col gap-3">
        <div>
          <h3 id="feedback-heading" className="text-xl font-semibold text-brand-900">
            {isLeader ? t.feedbackHeading(round.kind) : t.feedbackForReaders(round.kind)}
          </h3>
          {isLeader ? <p className="text-slate-700">{t.feedbackLead}</p> : null}
        </div>
        {wrapUp.feedbackPublishedAt ? (
          <p className="font-medium text-green-800">{t.feedbackPublished(formatDateTime(wrapUp.feedbackPublishedAt))}</p>
        ) : null}
        {editable ? (
          <>
            {wrapUp.feedbackPublishedAt && wrapUp.feedbackPublished !== String(wrapUp.note.fields.feedback ?? "").trim() ? (
              <p role="note">{t.feedbackUnpublishedChanges}</p>
            ) : null}
            <FeedbackEditor
              roundId={round.id}
              published={Boolean(wrapUp.feedbackPublishedAt)}
              values={wrapUp.note.fields}
              revisions={wrapUp.note.revisions}
            />
          </>
        ) : wrapUp.feedbackPublishedAt ? (
          <p className="whitespace-pre-line">{wrapUp.feedbackPublished}</p>
        ) : (
          <p>{t.noFeedback(round.kind)}</p>
        )}
      </section>

      {started && (round.unionRepId || comments.length > 0) ? (
        <RoundComments
          body={body}
          roundId={round.id}
          section="WRAP_UP"
          rep={round.unionRep?.name ?? null}
          comments={comments}
          canComment={isUnionRep && round.unionRepMayComment && round.state !== "CLOSED"}
        />
      ) : null}
    </div>
  );
}
