import type { Metadata } from "next";
import Link from "next/link";
import { RoundTable } from "@/components/rounds/round-table";
import { RoundsBelow } from "@/components/rounds/rounds-below";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/current";
import { loadCooperationBody } from "@/lib/domain/organisation/municipality";
import { loadRoundsBelow } from "@/lib/domain/rounds/handover/loaders";
import { loadMyRounds } from "@/lib/domain/rounds/loaders";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.list.title };

export default async function RoundsPage() {
  const actor = await requireActor();
  const [{ leading, participating, committee, unionRep, kinds }, below, body] = await Promise.all([
    loadMyRounds(actor),
    loadRoundsBelow(actor.id),
    loadCooperationBody(),
  ]);
  const t = da.rounds.list;
  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead}>
        {kinds.length > 0 ? (
          <p className="mt-4">
            <Link href="/runder/ny" className="font-medium text-brand-700 underline underline-offset-4">
              {t.newRound}
            </Link>
          </p>
        ) : null}
      </PageHeading>
      {kinds.length > 0 || leading.length > 0 ? <RoundTable caption={t.leading} rows={leading} empty={t.noneLeading} /> : null}
      <RoundTable caption={t.participating} rows={participating} empty={t.noneParticipating} showLeader />
      {committee.length > 0 ? <RoundTable caption={t.committee(body)} rows={committee} empty="" showLeader /> : null}
      {unionRep.length > 0 ? <RoundTable caption={t.unionRep} rows={unionRep} empty="" showLeader /> : null}
      {below.length > 0 ? <RoundsBelow rows={below} /> : null}
    </Main>
  );
}
