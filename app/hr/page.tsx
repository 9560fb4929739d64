import type { Metadata } from "next";
import { FilingStatusProvider } from "@/components/plans/filing-status";
import { MarkFiledButton } from "@/components/plans/mark-filed-button";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { StackedTable } from "@/components/ui/stacked-table";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { countFilingRounds, countUnfiled, hrPageSize, latestSignedVersions, loadFilingProgress } from "@/lib/domain/plans/hr/data";
import { Pager } from "@/components/ui/pager";
import { searchPage, type SearchParams } from "@/lib/http/search-params";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.plans.hr.title };

const link = "font-medium text-brand-700 underline underline-offset-4";

export default async function FilingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("read", { kind: "personnelFiling" });
  const municipalityId = await requireMunicipalityId();
  const search = await searchParams;
  // Two lists, each paged on its own: a large city has thousands of rounds and tens of thousands of plans.
  const roundsPage = searchPage(search.side);
  const unfiledPage = searchPage(search.planside);
  const [progress, rounds, unfiled, unfiledTotal] = await Promise.all([
    loadFilingProgress(db(), municipalityId, new Date(), roundsPage),
    countFilingRounds(db(), municipalityId),
    latestSignedVersions(db(), municipalityId, { unfiledOnly: true, page: unfiledPage }),
    countUnfiled(db(), municipalityId),
  ]);
  const pagesOf = (total: number) => Math.max(1, Math.ceil(total / hrPageSize));
  // Each pager brings the person back to its own list, not to the top of the page.
  const href = (rounds: number, plans: number, list: "progress-heading" | "unfiled-heading") =>
    `/hr?${new URLSearchParams({ side: String(rounds), planside: String(plans) })}#${list}`;
  const pager = da.admin.people;
  const t = da.plans.hr;
  const c = t.columns;
  // A unit's export holds the signed plans of all its rounds.
  const units = [...new Map(progress.filter((round) => round.plansSigned > 0).map((round) => [round.unitId, round])).values()];
  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead} />
      <section aria-labelledby="progress-heading" className="mb-12">
        <h2 id="progress-heading" className="mb-3 text-xl font-semibold text-brand-900">
          {t.progressHeading}
        </h2>
        {progress.length === 0 ? (
          <p>{t.noRounds}</p>
        ) : (
          <StackedTable
            textClass="text-base"
            scrollLabel={t.progressHeading}
            columns={[
              { heading: c.round },
              { heading: c.participants, className: "tabular-nums" },
              { heading: c.sheets, className: "tabular-nums" },
              { heading: c.conversations, className: "tabular-nums" },
              { heading: c.signed, className: "tabular-nums" },
              { heading: c.filed, className: "tabular-nums" },
              { heading: c.export, action: true },
            ]}
            rows={progress.map((round) => ({
              key: round.roundId,
              cells: [
                <>
                  {round.title}
                  <span className="block text-sm font-normal text-slate-600">{da.common.dotted(round.unit, round.leader)}</span>
                </>,
                ...[round.participants, round.sheetsShared, round.conversationsHeld, round.plansSigned, round.plansFiled].map((count) =>
                  formatNumber(count),
                ),
                round.plansSigned > 0 ? (
                  <a href={`/api/hr/eksport?runde=${round.roundId}`} className={link}>
                    {t.exportRound(round.title)}
                  </a>
                ) : null,
              ],
            }))}
          />
        )}
        {rounds > hrPageSize ? <p className="mt-2 text-slate-700">{t.shown(progress.length, rounds)}</p> : null}
        <Pager
          page={roundsPage}
          pages={pagesOf(rounds)}
          href={(page) => href(page, unfiledPage, "progress-heading")}
          labels={{ page: pager.page(roundsPage, pagesOf(rounds)), previous: pager.previous, next: pager.next }}
        />
        {units.length > 0 ? (
          <ul className="mt-4 flex flex-col gap-1">
            {units.map((unit) => (
              <li key={unit.unitId}>
                <a href={`/api/hr/eksport?enhed=${unit.unitId}`} className={link}>
                  {t.exportUnit(unit.unit)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="unfiled-heading">
        <h2 id="unfiled-heading" className="mb-3 text-xl font-semibold text-brand-900">
          {t.unfiledHeading}
        </h2>
        <FilingStatusProvider>
          {unfiled.length === 0 ? (
            <p>{t.noUnfiled}</p>
          ) : (
            <StackedTable
              textClass="text-base"
              scrollLabel={t.unfiledHeading}
              columns={[
                { heading: t.unfiledColumns.person },
                { heading: t.unfiledColumns.round },
                { heading: t.unfiledColumns.version, className: "tabular-nums" },
                { heading: t.unfiledColumns.signed },
                { heading: t.unfiledColumns.actions, action: true },
              ]}
              rows={unfiled.map((version) => ({
                key: version.versionId,
                cells: [
                  version.person,
                  version.round,
                  version.number,
                  formatDateTime(version.signedAt),
                  <div key="actions" className="flex flex-wrap items-start gap-3">
                    <a href={`/api/planer/${version.planId}/udgaver/${version.number}/pdf`} className={`${link} min-h-11 py-2`}>
                      {t.download(version.person)}
                    </a>
                    <MarkFiledButton versionId={version.versionId} person={version.person} />
                  </div>,
                ],
              }))}
            />
          )}
          {unfiledTotal > hrPageSize ? <p className="mt-2 text-slate-700">{t.shown(unfiled.length, unfiledTotal)}</p> : null}
          <Pager
            page={unfiledPage}
            pages={pagesOf(unfiledTotal)}
            href={(page) => href(roundsPage, page, "unfiled-heading")}
            labels={{ page: pager.page(unfiledPage, pagesOf(unfiledTotal)), previous: pager.previous, next: pager.next }}
          />
        </FilingStatusProvider>
      </section>
    </Main>
  );
}
