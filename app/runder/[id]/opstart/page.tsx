import type { Metadata } from "next";
import { KickoffForm } from "@/components/rounds/kickoff-form";
import { MeetingForm } from "@/components/rounds/meeting-form";
import { UnionRepForm } from "@/components/rounds/union-rep-form";
import { loadKickoff, requireRound } from "@/lib/domain/rounds/loaders";
import { loadMeetings } from "@/lib/domain/rounds/meetings/loaders";
import { meetingActions } from "@/lib/domain/rounds/meetings/schema";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { loadUnionRepPanel } from "@/lib/domain/rounds/union-rep/loaders";
import { loadCooperationBody } from "@/lib/domain/organisation/municipality";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.kickoff.title };

export default async function KickoffPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tr?: string | string[] }>;
}) {
  const [{ id }, { tr }] = await Promise.all([params, searchParams]);
  const { round } = await requireRound(id, "update");
  const [kickoff, panel, [meeting], body] = await Promise.all([
    loadKickoff(round.id),
    loadUnionRepPanel(round, typeof tr === "string" ? tr : undefined),
    loadMeetings(round.id, "KICKOFF", [null]),
    loadCooperationBody(),
  ]);
  const editable = allowedActions(round.state).includes("editKickoff");
  const t = da.rounds.kickoff;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{editable ? t.lead : t.readOnly}</p>
      <KickoffForm
        roundId={round.id}
        editable={editable}
        body={body}
        initial={{
          kickoffNotes: kickoff.kickoffNotes,
          coreTask: kickoff.coreTask,
          developmentGoals: kickoff.developmentGoals.map((text) => ({ text })),
        }}
      />
      <div className="mt-10 max-w-4xl">
        <MeetingForm
          roundId={round.id}
          kind="KICKOFF"
          groupId={null}
          meeting={meeting}
          editable={meetingActions.KICKOFF.some((action) => allowedActions(round.state).includes(action))}
        />
      </div>
      <section aria-labelledby="union-rep-heading" className="mt-10">
        <h2 id="union-rep-heading" className="text-xl font-semibold text-brand-900">
          {da.unionRep.heading}
        </h2>
        <p className="mb-4 mt-2 max-w-3xl text-slate-700">{da.unionRep.lead}</p>
        <UnionRepForm
          roundId={round.id}
          rep={panel.rep}
          mayComment={panel.mayComment}
          query={panel.query}
          candidates={panel.candidates}
          editable={allowedActions(round.state).includes("nameUnionRep")}
        />
      </section>
    </>
  );
}
