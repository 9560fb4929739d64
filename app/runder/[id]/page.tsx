import type { Metadata } from "next";
import Link from "next/link";
import { RoundChecklist } from "@/components/guidance/round-checklist";
import { NextStepBody } from "@/components/home/next-step";
import { describeStep } from "@/components/home/step-wording";
import { DetailsForm } from "@/components/rounds/details-form";
import { PhaseList } from "@/components/rounds/phase-list";
import { PublishPanel } from "@/components/rounds/publish-panel";
import { UpwardSettingsForm } from "@/components/upward/upward-settings-form";
import { AdvancePanel, NextRoundPanel } from "@/components/wrap-up/advance-panel";
import { loadRoundNextStep } from "@/lib/domain/next-steps/loaders";
import { loadNextRound } from "@/lib/domain/wrap-up/loaders";
import { leaderChecklist } from "@/lib/domain/rounds/checklist";
import { loadChecklistFacts } from "@/lib/domain/rounds/checklist-data";
import { isoDay } from "@/lib/domain/rounds/dates";
import { db } from "@/lib/db";
import { loadPublishChecklist, requireRound } from "@/lib/domain/rounds/loaders";
import { allowedActions, type RoundState } from "@/lib/domain/rounds/state-machine";
import { phaseList } from "@/lib/domain/rounds/steps";
import { loadUpwardPlanning } from "@/lib/domain/upward/data";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.nav.pages.course };

/** When each phase happens, from the round's timeline. */
function phaseWhen(round: {
  kickoffDate: Date;
  conversationsFrom: Date;
  conversationsTo: Date;
  wrapUpDate: Date;
  followUpDate: Date;
}): Record<RoundState, string | null> {
  const w = da.rounds.phases.when;
  return {
    PLANNING: w.PLANNING(formatDate(round.kickoffDate)),
    PREPARATION: w.PREPARATION,
    CONVERSATIONS: w.CONVERSATIONS(formatDate(round.conversationsFrom), formatDate(round.conversationsTo)),
    WRAP_UP: w.WRAP_UP(formatDate(round.wrapUpDate)),
    FOLLOW_UP: w.FOLLOW_UP(formatDate(round.followUpDate)),
    CLOSED: null,
  };
}

export default async function RoundOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, round } = await requireRound(id, "update");
  const t = da.rounds.overview;
  const actions = allowedActions(round.state);
  const [checklist, next, step, facts, upward] = await Promise.all([
    loadPublishChecklist(round.id),
    round.state === "CLOSED" ? loadNextRound(round.id) : null,
    loadRoundNextStep(actor, round.id),
    loadChecklistFacts(db(), round.id),
    round.kind === "LUS" ? loadUpwardPlanning(db(), round.id) : null,
  ]);
  const u = da.upward.planning;
  const when = phaseWhen(round);
  // When moving to the next phase is itself what comes next, the phase button below says it all.
  const advanceIsNext = step?.step === "startWrapUp";
  return (
    <>
      <PhaseList phases={phaseList(round.state).map((phase) => ({ ...phase, when: when[phase.state] }))} />
      {step && !advanceIsNext ? (
        <section aria-labelledby="next-heading" className="mb-10 max-w-2xl rounded-md border-2 border-brand-700 bg-brand-50 p-5">
          <h2 id="next-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand-800">
            {da.rounds.phases.nextHeading}
          </h2>
          <NextStepBody words={describeStep(step, round.kind)} level={3} />
        </section>
      ) : null}
      <AdvancePanel roundId={round.id} state={round.state} primary={advanceIsNext} />
      {round.state === "CLOSED" ? <NextRoundPanel roundId={round.id} next={next} /> : null}
      {round.state === "CLOSED" ? null : (
        <RoundChecklist groups={leaderChecklist(facts)} kind={round.kind} policyLinks={facts.policyLinks} />
      )}
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
        <dt className="font-medium">{t.leaderLabel}</dt>
        <dd>
          {round.leader.name}
          {round.state !== "CLOSED" ? (
            <>
              {" "}
              <Link href={`/runder/overdragelse/${round.id}`} className="text-brand-700 underline underline-offset-4">
                {da.handover.link}
              </Link>
            </>
          ) : null}
        </dd>
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
      {upward ? (
        <section aria-labelledby="upward-heading" className="mt-10 flex max-w-2xl flex-col gap-3">
          <h2 id="upward-heading" className="text-xl font-semibold text-brand-900">
            {u.heading}
          </h2>
          <p className="text-slate-700">{u.lead}</p>
          <p>{u.teams(upward.teams.shown, upward.teams.tooSmall, upward.threshold)}</p>
          {round.state === "PLANNING" ? (
            <UpwardSettingsForm roundId={round.id} closesOn={upward.survey ? isoDay(upward.survey.closesOn) : null} />
          ) : (
            <p className="font-medium">{upward.survey ? u.status(formatDate(upward.survey.closesOn)) : u.off}</p>
          )}
        </section>
      ) : null}
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
