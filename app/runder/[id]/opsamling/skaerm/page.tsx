import type { Metadata } from "next";
import Link from "next/link";
import { agendaFields } from "@/components/wrap-up/agenda-fields";
import { JointActionTable } from "@/components/wrap-up/joint-action-table";
import { ReadOnlyNote } from "@/components/wrap-up/read-only-note";
import { wrapUpBegun } from "@/lib/domain/rounds/state-machine";
import { loadWrapUp, requireWrapUpReader } from "@/lib/domain/wrap-up/loaders";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.wrapUp.meeting.present };

const t = da.wrapUp.meeting;

/** The agenda and the joint action plan in large type, to show on a screen at the meeting. */
export default async function PresentWrapUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round, isLeader } = await requireWrapUpReader(id);
  if (!isLeader && !wrapUpBegun(round.state)) return <p>{t.notStarted}</p>;
  const wrapUp = await loadWrapUp(round.id);
  return (
    <div className="flex flex-col gap-10 text-xl leading-relaxed">
      <p>
        <Link href={`/runder/${round.id}/opsamling`} className="text-base font-medium text-brand-700 underline">
          {t.title}
        </Link>
      </p>
      <section aria-labelledby="present-agenda" className="flex flex-col gap-4">
        <h2 id="present-agenda" className="text-3xl font-semibold text-brand-900">
          {t.agendaHeading}
        </h2>
        <ReadOnlyNote
          fields={agendaFields(
            wrapUp.themes.map((theme) => theme.title),
            wrapUp.developmentGoals,
          )}
          values={wrapUp.note.fields}
        />
      </section>
      <section aria-labelledby="present-plan" className="flex flex-col gap-4">
        <h2 id="present-plan" className="text-3xl font-semibold text-brand-900">
          {t.planHeading}
        </h2>
        <JointActionTable actions={wrapUp.jointActions} large />
      </section>
    </div>
  );
}
