import type { Metadata } from "next";
import Link from "next/link";
import { StackedTable } from "@/components/ui/stacked-table";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { loadPreparationOverview, preparationState } from "@/lib/domain/sheets/loaders";
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
      <StackedTable
        caption={t.caption}
        columns={[
          { heading: t.columns.name },
          { heading: t.columns.state },
          { heading: t.columns.conversation },
          { heading: t.columns.offers },
        ]}
        rows={participants.map((participant) => ({
          key: participant.id,
          cells: [
            <Link
              key="name"
              href={`/runder/${round.id}/deltagerforberedelse/${participant.id}`}
              className="text-brand-700 underline underline-offset-4"
              aria-label={t.open(participant.person.name)}
            >
              {participant.person.name}
            </Link>,
            t.states[preparationState(participant)],
            participant.conversation ? formatDateTime(participant.conversation.startsAt) : t.notBooked,
            da.common.joinList(
              [participant.offerSeniorConversation ? t.offerSenior : "", participant.offerTalentDevelopment ? t.offerTalent : ""].filter(
                Boolean,
              ),
            ),
          ],
        }))}
      />
    </>
  );
}
