import type { Metadata } from "next";
import { HistoryTable } from "@/components/organisation-overview/history-table";
import { JointActions } from "@/components/organisation-overview/joint-actions";
import { LevelPicker } from "@/components/organisation-overview/level-picker";
import { DimensionTable, MotivationTable, ProgressTable } from "@/components/organisation-overview/unit-tables";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { BarList, DistributionChart } from "@/components/wrap-up/charts";
import { AccessDenied } from "@/lib/auth/guard";
import { requireActor } from "@/lib/auth/current";
import { refuse } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadOrganisationOverview } from "@/lib/domain/organisation-overview/loaders";
import { levelOf, levelParam, overviewQuery } from "@/lib/domain/organisation-overview/schema";
import { loadCooperationBody, loadMunicipalityName, requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { env } from "@/lib/env";
import type { SearchParams } from "@/lib/http/search-params";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.organisationOverview.title };

const t = da.organisationOverview;
const heading = "text-xl font-semibold text-brand-900";
const link = "font-medium text-brand-700 underline underline-offset-4";

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const query = overviewQuery.safeParse(
    Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
  if (!query.success) return refuse(actor);
  const [municipalityId, municipalityName, body] = await Promise.all([
    requireMunicipalityId(),
    loadMunicipalityName(),
    loadCooperationBody(),
  ]);
  const overview = await loadOrganisationOverview(
    db(),
    actor,
    { id: municipalityId, name: t.municipality(municipalityName ?? "") },
    { unitId: levelOf(query.data.enhed), year: query.data.aar },
    env().OVERVIEW_MIN_PEOPLE,
  ).catch((error: unknown) => (error instanceof AccessDenied ? null : Promise.reject(error)));
  if (!overview || !overview.level) return refuse(actor);
  const { level, year, rows } = overview;
  const top = rows[0]?.figures ?? null;
  const exportQuery = year === null ? "" : `?${new URLSearchParams({ enhed: levelParam(level.id), aar: String(year) })}`;
  const moves = rows.filter((row) => row.moved);
  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead}>
        <p className="mt-2 max-w-3xl text-slate-700">{t.threshold(overview.threshold)}</p>
      </PageHeading>
      <LevelPicker levels={overview.picker} level={level} years={overview.years} year={year} />
      {year === null ? (
        <p>{t.noRounds}</p>
      ) : (
        <div className="flex flex-col gap-12">
          {overview.ownAnswersHidden ? (
            <p role="note" className="rounded-md border border-amber-700 bg-amber-50 p-4">
              {t.ownAnswers}
            </p>
          ) : null}
          {moves.length > 0 ? (
            <section aria-labelledby="moves-heading" className="rounded-md border border-slate-300 p-4">
              <h2 id="moves-heading" className="mb-2 font-semibold text-brand-900">
                {t.movesHeading}
              </h2>
              <ul className="list-disc pl-5">
                {moves.map((row) => (
                  <li key={row.id}>{t.moved(row.name, row.moved!.from, row.moved!.to)}</li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="progress-heading" className="flex flex-col gap-3">
            <h2 id="progress-heading" className={heading}>
              {t.progressHeading}
            </h2>
            <p className="max-w-3xl text-slate-700">{t.progressLead}</p>
            <ProgressTable rows={rows} year={year} />
          </section>

          <section aria-labelledby="vitalisation-heading" className="flex flex-col gap-4">
            <h2 id="vitalisation-heading" className={heading}>
              {t.vitalisationHeading}
            </h2>
            <p className="max-w-3xl text-slate-700">{t.vitalisationLead}</p>
            <DimensionTable rows={rows} />
            <div className="grid gap-6 xl:grid-cols-2">
              {top?.dimensions.map((dimension) =>
                dimension.figure ? (
                  <DistributionChart
                    key={dimension.id}
                    caption={t.distributionCaption(dimension.name, level.name)}
                    series={[level.name]}
                    counts={[dimension.figure.counts]}
                  />
                ) : null,
              )}
            </div>
          </section>

          <section aria-labelledby="motivation-heading" className="flex flex-col gap-3">
            <h2 id="motivation-heading" className={heading}>
              {t.motivationHeading}
            </h2>
            <p className="max-w-3xl text-slate-700">{t.motivationLead}</p>
            <MotivationTable rows={rows} />
          </section>

          <section aria-labelledby="themes-heading" className="flex flex-col gap-6">
            <h2 id="themes-heading" className={heading}>
              {t.themesHeading}
            </h2>
            {top?.plans ? (
              <>
                <p className="max-w-3xl text-slate-700">{t.themesLead(level.name)}</p>
                <BarList
                  caption={t.themesCaption}
                  label={t.theme}
                  measure={t.actions}
                  rows={top.plans.themes.slice(0, 10).map((row) => ({ name: row.theme || t.noTheme, count: row.count }))}
                />
                <BarList
                  caption={t.formsCaption}
                  label={t.form}
                  measure={t.actions}
                  rows={top.plans.forms.map((row) => ({ name: row.form ? da.plans.editor.forms[row.form] : t.noForm, count: row.count }))}
                />
              </>
            ) : (
              <p>{t.hiddenLong}</p>
            )}
          </section>

          <section aria-labelledby="history-heading" className="flex flex-col gap-3">
            <h2 id="history-heading" className={heading}>
              {t.historyHeading}
            </h2>
            <p className="max-w-3xl text-slate-700">{t.historyLead(level.name)}</p>
            <HistoryTable level={level.name} history={overview.history} />
          </section>

          <section aria-labelledby="joint-heading" className="flex flex-col gap-3">
            <h2 id="joint-heading" className={heading}>
              {t.jointActionsHeading}
            </h2>
            <p className="max-w-3xl text-slate-700">{t.jointActionsLead}</p>
            <JointActions rounds={overview.jointActions} />
          </section>

          <section aria-labelledby="export-heading" className="flex flex-col gap-2">
            <h2 id="export-heading" className={heading}>
              {t.exportHeading(body)}
            </h2>
            <ul className="flex flex-col gap-2">
              <li>
                <a className={link} href={`/api/organisation/csv${exportQuery}`}>
                  {t.exportCsv(level.name, year)}
                </a>
              </li>
              <li>
                <a className={link} href={`/api/organisation/rapport${exportQuery}`}>
                  {t.exportPdf(level.name, year)}
                </a>
              </li>
            </ul>
          </section>
        </div>
      )}
    </Main>
  );
}
