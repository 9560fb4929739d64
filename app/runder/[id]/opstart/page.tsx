import type { Metadata } from "next";
import { KickoffForm } from "@/components/rounds/kickoff-form";
import { loadKickoff, requireRound } from "@/lib/domain/rounds/loaders";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.kickoff.title };

export default async function KickoffPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireRound(id, "update");
  const kickoff = await loadKickoff(round.id);
  const editable = allowedActions(round.state).includes("editKickoff");
  const t = da.rounds.kickoff;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{editable ? t.lead : t.readOnly}</p>
      <KickoffForm
        roundId={round.id}
        editable={editable}
        initial={{
          kickoffNotes: kickoff.kickoffNotes,
          coreTask: kickoff.coreTask,
          developmentGoals: kickoff.developmentGoals.map((text) => ({ text })),
        }}
      />
    </>
  );
}
