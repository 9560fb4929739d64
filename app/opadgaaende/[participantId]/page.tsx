import type { Metadata } from "next";
import { z } from "zod";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { QuestionnaireForm } from "@/components/upward/questionnaire-form";
import { requireActor } from "@/lib/auth/current";
import { refuse } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadQuestionnaire } from "@/lib/domain/upward/data";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.upward.questionnaire.metaTitle };

const t = da.upward.questionnaire;

/** The upward questionnaire about one's own leader, reached from the invitation and from the home page. */
export default async function UpwardQuestionnairePage({ params }: { params: Promise<{ participantId: string }> }) {
  const { participantId } = await params;
  const actor = await requireActor();
  const questionnaire = z.uuid().safeParse(participantId).success ? await loadQuestionnaire(db(), actor, participantId) : null;
  if (!questionnaire) return refuse(actor);
  const message = (title: string, text: string) => (
    <Main narrow>
      <PageHeading title={title} />
      <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-800">
        {text}
      </p>
    </Main>
  );
  switch (questionnaire.state) {
    case "self":
      return message(t.metaTitle, da.upward.errors.self);
    case "restricted":
      return message(t.metaTitle, da.upward.errors.restricted);
    case "teamTooSmall":
      return message(t.metaTitle, da.upward.errors.teamTooSmall(questionnaire.threshold));
    case "notOpen":
      return message(t.title(questionnaire.leader), t.notYet);
    case "answered":
      return message(t.title(questionnaire.leader), t.answered);
    case "closed":
      return message(t.title(questionnaire.leader), t.closed(formatDate(questionnaire.closesOn)));
  }
  const { leader, closesOn, threshold } = questionnaire;
  return (
    <Main narrow>
      <PageHeading title={t.title(leader)} lead={t.lead(leader, formatDate(closesOn))} />
      <section
        aria-label={da.upward.name}
        className="mb-8 flex flex-col gap-2 rounded-md border border-brand-700 bg-brand-50 p-4 text-slate-800"
      >
        <p>{t.anonymity(threshold)}</p>
        <p>{questionnaire.showFreeText ? t.freeTextShown(threshold) : t.freeTextHidden}</p>
      </section>
      <QuestionnaireForm
        participantId={participantId}
        startToken={questionnaire.startToken}
        questions={questionnaire.questions}
        showFreeText={questionnaire.showFreeText}
      />
    </Main>
  );
}
