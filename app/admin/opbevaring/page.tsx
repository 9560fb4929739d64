import type { Metadata } from "next";
import Link from "next/link";
import { RetentionPolicyForm } from "@/components/retention/policy-form";
import { LiftHoldButton, RoundHoldForm } from "@/components/retention/round-hold";
import { RetentionRunButtons } from "@/components/retention/run-buttons";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeading } from "@/components/ui/page-heading";
import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadDeletionLog, loadRetentionPolicy, loadRoundChoices, roundChoiceLimit } from "@/lib/domain/retention/data";
import { loadRestrictedPeople } from "@/lib/domain/restriction/loaders";
import { loadStandingHolds } from "@/lib/domain/retention/holds";
import { describeRule, describeTrigger } from "@/lib/domain/retention/log-download";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: da.retention.title };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RetentionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("read", { kind: "organisation" });
  const search = String((await searchParams).runde ?? "").slice(0, 200);
  const [policy, runs, holds, rounds, restricted] = await Promise.all([
    loadRetentionPolicy(db(), actor.municipalityId),
    loadDeletionLog(db(), actor.municipalityId),
    loadStandingHolds(db(), actor.municipalityId),
    loadRoundChoices(db(), actor.municipalityId, search),
    loadRestrictedPeople(db(), actor.municipalityId),
  ]);
  const t = da.retention;
  const states = da.rounds.state.names;
  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <section className="max-w-4xl">
        <RetentionPolicyForm policy={policy} />
      </section>
      <section className="mt-10 max-w-4xl">
        <RetentionRunButtons />
      </section>
      <section aria-labelledby="legal-holds" className="mt-10">
        <h2 id="legal-holds" className="text-xl font-semibold">
          {t.hold.listHeading}
        </h2>
        {holds.length === 0 ? (
          <p className="mt-2">{t.hold.none}</p>
        ) : (
          <ScrollArea label={t.hold.listHeading}>
            <table className="mt-4 w-full border-collapse text-left text-sm">
              <TableHead headings={[t.hold.columns.person, t.hold.columns.reason, t.hold.columns.since, t.hold.columns.lift]} />
              <tbody>
                {holds.map((hold) => (
                  <tr key={hold.id} className="border-b border-slate-200">
                    <td className="px-2 py-2">
                      {hold.personId ? (
                        <Link href={`/admin/personer/${hold.personId}`} className="text-brand-700 underline underline-offset-2">
                          {hold.name}
                        </Link>
                      ) : (
                        `${t.hold.round.label}: ${hold.name}`
                      )}
                    </td>
                    <td className="px-2 py-2 whitespace-pre-line">{hold.reason}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(hold.createdAt)}</td>
                    <td className="px-2 py-2">
                      <LiftHoldButton holdId={hold.id} name={hold.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
      {restricted.length > 0 ? (
        <section aria-labelledby="restricted-people" className="mt-6">
          <h2 id="restricted-people" className="text-lg font-semibold">
            {da.restriction.listHeading}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{da.restriction.listLead}</p>
          <ul className="mt-2 flex flex-col gap-1">
            {restricted.map((person) => (
              <li key={person.id}>
                <Link href={`/admin/personer/${person.id}#restriction`} className="text-brand-700 underline underline-offset-2">
                  {person.name}
                </Link>
                {da.restriction.listItem(formatDateTime(person.since), da.restriction.groundsShort[person.ground])}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="round-hold" className="mt-6 max-w-2xl rounded-lg border border-slate-200 p-5">
        <h2 id="round-hold" className="text-lg font-semibold">
          {t.hold.round.heading}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">{t.hold.round.lead}</p>
        <form method="get" role="search" aria-label={t.hold.round.searchLabel} className="mb-4 flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="round-search" className="font-medium text-slate-900">
              {t.hold.round.search}
            </label>
            <input id="round-search" name="runde" type="search" defaultValue={search} maxLength={200} className={inputClass} />
          </div>
          <Button type="submit" variant="secondary">
            {t.hold.round.searchButton}
          </Button>
        </form>
        <RoundHoldForm
          rounds={rounds.map((round) => ({
            id: round.id,
            label: t.hold.round.option(round.title, `${round.unitName}, ${round.leaderName}`, states[round.state as keyof typeof states]),
          }))}
          note={
            rounds.length === roundChoiceLimit ? t.hold.round.more(roundChoiceLimit) : rounds.length === 0 ? t.hold.round.noMatch : null
          }
        />
      </section>
      <section aria-labelledby="deletion-log" className="mt-10">
        <h2 id="deletion-log" className="text-xl font-semibold">
          {t.log.heading}
        </h2>
        <p className="mt-1 text-slate-700">{t.log.lead}</p>
        <p className="mt-2">
          <a href="/admin/opbevaring/slettelog" className="font-medium text-brand-700 underline underline-offset-4">
            {t.log.download}
          </a>
        </p>
        {runs.length === 0 ? (
          <p className="mt-4">{t.log.none}</p>
        ) : (
          <ScrollArea label={t.log.heading}>
            <table className="mt-4 w-full border-collapse text-left text-sm">
              <TableHead
                headings={[t.log.columns.at, t.log.columns.trigger, t.log.columns.kind, t.log.columns.count, t.log.columns.rule]}
              />
              <tbody>
                {runs.flatMap((run) =>
                  (run.counts.length > 0 ? run.counts : [null]).map((line, index) => (
                    <tr key={`${run.id}-${line?.kind ?? "none"}`} className="border-b border-slate-200">
                      <td className="px-2 py-2 whitespace-nowrap">{index === 0 ? formatDateTime(run.startedAt) : null}</td>
                      <td className="px-2 py-2">
                        {index === 0 ? describeTrigger(run) : null}
                        {index === 0 && !run.finishedAt ? ` (${t.log.unfinished})` : null}
                      </td>
                      <td className="px-2 py-2">{line ? t.kinds[line.kind].name : t.dryRun.none}</td>
                      <td className="px-2 py-2 tabular-nums">{line ? line.count : 0}</td>
                      <td className="px-2 py-2">{line ? describeRule(run, line) : null}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
    </>
  );
}
