import Link from "next/link";
import { StackedTable } from "@/components/ui/stacked-table";
import { da } from "@/lib/i18n/da";

type Row = {
  id: string;
  kind: "MUS" | "LUS";
  year: number;
  title: string;
  state: keyof typeof da.rounds.state.names;
  unit: { name: string };
  leader: { name: string; active: boolean };
};

/** The open rounds of the leaders who report to this person, each with the way to hand it over. */
export function RoundsBelow({ rows }: { rows: Row[] }) {
  const t = da.handover.below;
  const c = da.rounds.list.columns;
  return (
    <section className="mb-10">
      <h2 className="mb-3 text-xl font-semibold text-brand-900">{t.heading}</h2>
      <p className="mb-3 max-w-3xl text-slate-700">{t.lead}</p>
      <StackedTable
        caption={t.heading}
        columns={[{ heading: c.title }, { heading: c.unit }, { heading: c.leader }, { heading: c.state }]}
        rows={rows.map((round) => ({
          key: round.id,
          cells: [
            <Link key="title" href={`/runder/overdragelse/${round.id}`} className="font-medium text-brand-700 underline underline-offset-4">
              {round.title}
            </Link>,
            round.unit.name,
            round.leader.active ? round.leader.name : t.stopped(round.leader.name),
            da.rounds.state.names[round.state],
          ],
        }))}
      />
    </section>
  );
}
