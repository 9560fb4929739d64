import type { Metadata } from "next";
import Link from "next/link";
import { NewGroupForm, RenameGroupForm } from "@/components/rounds/group-forms";
import { QuestionEditor } from "@/components/rounds/question-editor";
import { QuestionList } from "@/components/rounds/question-list";
import { loadEarlierQuestions, loadQuestionSets, requireRound } from "@/lib/domain/rounds/loaders";
import { bankOptions } from "@/lib/domain/rounds/question-banks";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.questions.title };

export default async function QuestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gruppe?: string | string[] }>;
}) {
  const { id } = await params;
  const { round } = await requireRound(id, "update");
  const { gruppe } = await searchParams;
  const [{ themes, groups }, earlier] = await Promise.all([loadQuestionSets(round.id), loadEarlierQuestions(round)]);
  const current = groups.find((group) => group.id === gruppe) ?? groups[0];
  const editable = allowedActions(round.state).includes("editKickoff");
  const t = da.rounds.questions;
  const banks = [...bankOptions(round.kind), { id: "tidligere", title: t.earlierRounds, questions: earlier }];

  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{editable ? t.lead : t.readOnly}</p>
      {/* minmax(0, …) and min-w-0: a column is never wider than the screen, whatever a group is called. */}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <nav aria-label={t.groupsNav}>
            <h3 className="mb-2 font-semibold">{t.groupsHeading}</h3>
            <ul className="flex flex-col gap-1">
              {groups.map((group) => (
                <li key={group.id}>
                  <Link
                    href={`/runder/${round.id}/spoergsmaal?gruppe=${group.id}`}
                    aria-current={group.id === current.id ? "page" : undefined}
                    className="block rounded-md px-3 py-2 text-brand-800 underline-offset-4 hover:underline aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
                  >
                    {group.name}
                    <span className="block text-sm text-slate-600">{t.participantsInGroup(group.participants)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {editable ? <NewGroupForm roundId={round.id} groups={groups} /> : null}
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <h3 className="text-xl font-semibold text-brand-900">{t.currentGroup(current.name)}</h3>
          {editable ? (
            <>
              <RenameGroupForm
                key={`rename-${current.id}`}
                roundId={round.id}
                group={current}
                removable={groups.length > 1 && current.participants === 0}
              />
              <QuestionEditor
                key={current.id}
                roundId={round.id}
                groupId={current.id}
                themes={themes}
                initial={{ questions: current.questions }}
                banks={banks}
              />
            </>
          ) : (
            <QuestionList themes={themes} questions={current.questions} headingLevel={4} />
          )}
        </div>
      </div>
    </>
  );
}
