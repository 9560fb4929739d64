import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { da } from "@/lib/i18n/da";

type Row = { id: string; kind: "MUS" | "LUS"; year: number; title: string; state: keyof typeof da.rounds.state.names; unit: { name: string }; leader: { name: string } };

export function RoundTable({ caption, rows, empty, showLeader = false }: { caption: string; rows: Row[]; empty: string; showLeader?: boolean }) {
  const c = da.rounds.list.columns;
  return (
    <section className="mb-10">
      <h2 className="mb-3 text-xl font-semibold text-brand-900">{caption}</h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <TableHead headings={[c.title, c.kind, c.year, c.unit, ...(showLeader ? [c.leader] : []), c.state]} />
          <tbody>
            {rows.map((round) => (
              <tr key={round.id} className="border-b border-slate-200">
                <td className="px-2 py-2">
                  <Link href={`/runder/${round.id}${showLeader ? "/materiale" : ""}`} className="font-medium text-brand-700 underline underline-offset-4">
                    {round.title}
                  </Link>
                </td>
                <td className="px-2 py-2">{da.rounds.kindShort[round.kind]}</td>
                <td className="px-2 py-2">{round.year}</td>
                <td className="px-2 py-2">{round.unit.name}</td>
                {showLeader ? <td className="px-2 py-2">{round.leader.name}</td> : null}
                <td className="px-2 py-2">{da.rounds.state.names[round.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
