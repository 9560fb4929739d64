import type { Metadata } from "next";
import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadPreparationOverview } from "@/lib/domain/sheets/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.sheets.leader.title };

export default async function PreparationOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireRound(id, "update");
  const participants = await loadPreparationOverview(round.id);
  const t = da.sheets.leader;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{t.lead}</p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <TableHead headings={[t.columns.name, t.columns.state, t.columns.conversation, t.columns.offers]} />
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-2 font-medium">
                <Link href={`/runder/${round.id}/deltagerforberedelse/${participant.id}`} className="text-brand-700 underline underline-offset-4" aria-label={t.open(participant.person.name)}>
                  {participant.person.name}
                </Link>
              </th>
              <td className="px-2 py-2">{t.states[participant.sheet?.state ?? "NONE"]}</td>
              <td className="px-2 py-2">{participant.conversation ? formatDateTime(participant.conversation.startsAt) : t.notBooked}</td>
              <td className="px-2 py-2">
                {da.common.joinList([participant.offerSeniorConversation ? t.offerSenior : "", participant.offerTalentDevelopment ? t.offerTalent : ""].filter(Boolean))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
