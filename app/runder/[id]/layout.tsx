import type { ReactNode } from "react";
import { RoundVersionProvider } from "@/components/rounds/round-version";
import { Main } from "@/components/ui/page-heading";
import { SubNav } from "@/components/ui/sub-nav";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { wrapUpBegun } from "@/lib/domain/rounds/state-machine";
import { leaderTabs } from "@/lib/domain/rounds/steps";
import { da } from "@/lib/i18n/da";

export default async function RoundLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Each page asks for what it needs itself (the leader's pages "update", the material "read").
  const { round, isLeader, isParticipant, isUnionRep } = await requireRound(id, "read");
  const t = da.rounds;
  const base = `/runder/${round.id}`;
  // The wrap-up is shared with the participants and the committee once it has begun.
  const wrapUpOpen = wrapUpBegun(round.state);
  const wrapUpLink = wrapUpOpen ? [{ href: `${base}/opsamling`, label: t.nav.pages.wrapUp }] : [];
  return (
    <Main>
      <p className="text-sm font-medium text-slate-600">
        {da.common.roundMeta(t.kindShort[round.kind], round.year, round.unit.name, t.state.names[round.state], round.leader.name)}
      </p>
      <h1 className="mb-6 mt-1 text-2xl font-semibold tracking-tight sm:text-3xl text-brand-900">{round.title}</h1>
      {isLeader ? (
        <SubNav
          label={t.nav.label}
          doneLabel={t.nav.done}
          links={leaderTabs(round.id, round.state).map((tab) => ({ href: tab.href, label: t.nav.pages[tab.key], done: tab.done }))}
        />
      ) : isParticipant ? (
        <SubNav
          label={t.nav.label}
          links={[
            { href: `${base}/materiale`, label: t.nav.pages.material },
            { href: `${base}/forberedelse`, label: da.sheets.own.title },
            { href: `${base}/information`, label: da.guidance.leaflet.navLabel },
            ...wrapUpLink,
          ]}
        />
      ) : wrapUpOpen || isUnionRep ? (
        <SubNav label={t.nav.label} links={[{ href: `${base}/materiale`, label: t.nav.pages.material }, ...wrapUpLink]} />
      ) : null}
      <RoundVersionProvider initial={round.version}>{children}</RoundVersionProvider>
    </Main>
  );
}
