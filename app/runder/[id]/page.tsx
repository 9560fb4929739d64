import type { Metadata } from "next";
import { DetailsForm } from "@/components/rounds/details-form";
import { PublishPanel } from "@/components/rounds/publish-panel";
import { AdvancePanel, NextRoundPanel } from "@/components/wrap-up/advance-panel";
import { loadNextRound } from "@/lib/domain/wrap-up/loaders";
import { isoDay } from "@/lib/domain/rounds/dates";
import { loadPublishChecklist, requireRound } from "@/lib/domain/rounds/loaders";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.nav.overview };

export default async function RoundOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireRound(id, "update");
  const t = da.rounds.overview;
  const actions = allowedActions(round.state);
  const [checklist, next] = await Promise.all([
    loadPublishChecklist(round.id),
    round.state === "CLOSED" ? loadNextRound(round.id) : null,
  ]);
  return (
    <>
      <AdvancePanel roundId={round.id} state={round.state} />
      {round.state === "CLOSED" ? <NextRoundPanel roundId={round.id} next={next} /> : null}
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
        <dt className="font-medium">{t.leaderLabel}</dt>
        <dd>{round.leader.name}</dd>
        <dt className="font-medium">{t.templateLabel}</dt>
        <dd>{round.templateName}</dd>
      </dl>
      {round.publishedAt ? (
        <p role="status" className="mb-8 max-w-2xl rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-800">
          {t.publishedNotice(formatDateTime(round.publishedAt), checklist.participants)}
        </p>
      ) : null}
      <h2 className="mb-4 text-xl font-semibold text-brand-900">{t.detailsHeading}</h2>
      <DetailsForm
        roundId={round.id}
        editable={actions.includes("editDetails")}
        initial={{
          title: round.title,
          year: round.year,
          focus: round.focus,
          kickoffDate: isoDay(round.kickoffDate),
          conversationsFrom: isoDay(round.conversationsFrom),
          conversationsTo: isoDay(round.conversationsTo),
          wrapUpDate: isoDay(round.wrapUpDate),
          followUpDate: isoDay(round.followUpDate),
        }}
      />
      {actions.includes("publish") ? (
        <PublishPanel
          roundId={round.id}
          checks={[
            { label: t.checkCoreTask, done: checklist.coreTask.trim() !== "" },
            { label: t.checkParticipants(checklist.participants), done: checklist.participants > 0 },
            { label: t.checkQuestions, done: checklist.participants > 0 && checklist.questions > 0 },
          ]}
        />
      ) : null}
    </>
  );
}
