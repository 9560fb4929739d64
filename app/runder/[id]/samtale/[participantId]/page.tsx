import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BringEarlierActions } from "@/components/plans/bring-earlier-actions";
import { ConversationAside } from "@/components/plans/conversation-aside";
import { FollowUpSection } from "@/components/plans/follow-up-section";
import { OpenPlan } from "@/components/plans/open-plan";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { PlanEditor } from "@/components/plans/plan-editor";
import { RestrictionNotice } from "@/components/restriction/restriction-notice";
import { RetentionNotice } from "@/components/retention/retention-notice";
import { UpwardResultsSection } from "@/components/upward/upward-results";
import { db } from "@/lib/db";
import { loadConversationPlan } from "@/lib/domain/plans/loaders";
import { loadRetentionPolicy } from "@/lib/domain/retention/data";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadUpwardResults } from "@/lib/domain/upward/data";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.plans.page.metaTitle };

export default async function ConversationPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  const { actor, round } = await requireRound(id, "read");
  if (!z.uuid().safeParse(participantId).success) notFound();
  const [plan, policy] = await Promise.all([
    loadConversationPlan(actor, round.id, participantId),
    loadRetentionPolicy(db(), round.municipalityId),
  ]);
  const t = da.plans.page;
  if (plan.needsOpening) {
    return (
      <>
        <h2 className="text-2xl font-semibold text-brand-900">{t.title(plan.employeeName, plan.kind)}</h2>
        {plan.restricted ? <RestrictionNotice /> : <OpenPlan roundId={round.id} participantId={participantId} />}
      </>
    );
  }
  const s = da.plans.signOff;
  const w = da.wrapUp.settlement;
  // Upward input, for a LUS round that has it: read by the plan's two parties only, the same for both.
  const upward = round.kind === "LUS" ? await loadUpwardResults(db(), actor, participantId) : null;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title(plan.employeeName, plan.kind)}</h2>
      <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
      <div className="mb-6">
        <RetentionNotice policy={policy} of="plan" closedAt={round.closedAt} />
        {plan.restricted ? <RestrictionNotice /> : null}
      </div>
      {/* Side by side from laptop width; on a tablet the panels fold above the plan. */}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
          {upward ? (
            <div className="mb-4">
              <UpwardResultsSection results={upward} threshold={env().OVERVIEW_MIN_PEOPLE} />
            </div>
          ) : null}
          <ConversationAside
            employeeName={plan.employeeName}
            isLeader={plan.isLeader}
            participantId={participantId}
            sheet={plan.sheet}
            note={plan.note}
            paper={plan.paper}
            kind={plan.kind}
            themes={plan.themes}
            dimensions={round.hasScores}
            guideHref={`/runder/${round.id}/samtaleguide/pdf?gruppe=${plan.groupId}`}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-8">
          {round.state === "CLOSED" ? (
            <section aria-labelledby="closed-plan-heading" className="flex flex-col gap-4">
              <h3 id="closed-plan-heading" className="text-xl font-semibold text-brand-900">
                {da.plans.editor.planHeading}
              </h3>
              <p role="note" className="font-medium">
                {da.wrapUp.followUp.readOnly}
              </p>
              {plan.signed ? (
                <>
                  <PlanContentView content={plan.signed.content} kind={plan.kind} dimensions={round.hasScores} />
                  <a className="font-medium text-brand-700 underline" href={`/api/planer/${plan.planId}/udgaver/${plan.signed.number}/pdf`}>
                    {da.plans.filing.download(plan.signed.number)}
                  </a>
                </>
              ) : (
                <p>{da.wrapUp.followUp.closedUnsigned}</p>
              )}
            </section>
          ) : null}
          {plan.earlierOffer ? (
            <BringEarlierActions planId={plan.planId} roundTitle={plan.earlierOffer.roundTitle} count={plan.earlierOffer.count} />
          ) : null}
          {round.state === "CLOSED" ? null : (
            <PlanEditor
              planId={plan.planId}
              themes={plan.roundThemes}
              onPaper={plan.signsOnPaper ? { kind: plan.kind } : undefined}
              kind={plan.kind}
              dimensions={round.hasScores}
              parties={{ self: actor.id, names: { [plan.employeeId]: plan.employeeName, [plan.leaderId]: plan.leaderName } }}
              versions={plan.versions.map((version) => ({
                number: version.number,
                content: version.content,
                pdfHref: `/api/planer/${plan.planId}/udgaver/${version.number}/pdf`,
                filedText: version.filedAt ? da.plans.filing.filed(formatDateTime(version.filedAt), version.filedBy ?? "") : null,
                comment:
                  actor.id === plan.employeeId && version.signedAt && !version.filedAt
                    ? { versionId: version.id, value: version.employeeComment }
                    : null,
                signedText: version.signedAt ? s.signed(formatDateTime(version.signedAt)) : null,
                lines: [
                  ...version.approvals.map((approval) =>
                    approval.onPaperBy
                      ? da.paper.signature.approvedOnPaper(approval.name, formatDateTime(approval.at), approval.onPaperBy)
                      : s.approvedBy(approval.name, formatDateTime(approval.at)),
                  ),
                  ...(version.signedAt ? [] : version.waitingFor.map((name) => s.waiting(name))),
                ],
              }))}
            />
          )}
          {plan.settlements.length > 0 ? (
            <section aria-labelledby="settled-heading" className="flex flex-col gap-2 rounded-md border border-slate-300 p-4">
              <h3 id="settled-heading" className="text-lg font-semibold text-brand-900">
                {w.heading}
              </h3>
              <ul className="flex flex-col gap-2">
                {plan.settlements.map((entry) => (
                  <li key={`${entry.versionNumber}-${entry.actionIndex}`}>
                    <p className="font-medium">
                      {w.line(
                        entry.actionIndex + 1,
                        da.wrapUp.meeting.decisions[entry.decision as keyof typeof da.wrapUp.meeting.decisions],
                        formatDateTime(entry.settledAt),
                      )}
                    </p>
                    {entry.note ? <p className="whitespace-pre-line">{entry.note}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <FollowUpSection planId={plan.planId} kind={plan.kind} signed={plan.signed} followUps={plan.followUps} meeting={plan.meeting} />
        </div>
      </div>
    </>
  );
}
