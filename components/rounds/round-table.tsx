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
  leader: { name: string };
};

export function RoundTable({
  caption,
  rows,
  empty,
  showLeader = false,
}: {
  caption: string;
  rows: Row[];
  empty: string;
  showLeader?: boolean;
}) {
  const c = da.rounds.list.columns;
  return (
    <section className="mb-10">
      <h2 className="mb-3 text-xl font-semibold text-brand-900">{caption}</h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <StackedTable
          caption={caption}
          columns={[
            { heading: c.title },
            { heading: c.kind },
            { heading: c.year },
            { heading: c.unit },
            ...(showLeader ? [{ heading: c.leader }] : []),
            { heading: c.state },
          ]}
          rows={rows.map((round) => ({
            key: round.id,
            cells: [
              <Link
                key="title"
                href={`/runder/${round.id}${showLeader ? "/materiale" : ""}`}
                className="font-medium text-brand-700 underline underline-offset-4"
              >
                {round.title}
              </Link>,
              da.rounds.kindShort[round.kind],
              round.year,
              round.unit.name,
              ...(showLeader ? [round.leader.name] : []),
              da.rounds.state.names[round.state],
            ],
          }))}
        />
      )}
    </section>
  );
}
