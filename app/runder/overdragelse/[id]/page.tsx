import type { Metadata } from "next";
import { HandoverForm } from "@/components/rounds/handover-form";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { loadHandover } from "@/lib/domain/rounds/handover/loaders";
import { da } from "@/lib/i18n/da";
import { formatDate } from "@/lib/i18n/format";

export const metadata: Metadata = { title: da.handover.title };

// Outside the round's own layout: the leader above and the administrator hand a round over without
// being its leader or a participant, so they see this page and nothing else of the round.
export default async function HandoverPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round, isLeader, candidates, history } = await loadHandover(id);
  const t = da.handover;
  return (
    <Main>
      <p className="text-sm font-medium text-slate-600">
        {da.common.roundMeta(
          da.rounds.kindShort[round.kind],
          round.year,
          round.unit.name,
          da.rounds.state.names[round.state],
          round.leader.name,
        )}
      </p>
      <PageHeading title={t.heading(round.title)} lead={t.lead} />
      <p className="mb-6 font-medium text-slate-800">{t.current(round.leader.name)}</p>
      {round.state === "CLOSED" ? (
        <p className="text-slate-700">{t.errors.closed}</p>
      ) : (
        <HandoverForm roundId={round.id} candidates={candidates} isLeader={isLeader} />
      )}
      {history.length > 0 ? (
        <section className="mt-10">
          <h2 className="mb-3 text-xl font-semibold text-brand-900">{t.history}</h2>
          <ul className="list-disc pl-6 text-slate-700">
            {history.map((item) => (
              <li key={item.at.toISOString()}>{t.historyItem(item.fromLeader.name, item.toLeader.name, formatDate(item.at))}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Main>
  );
}
