import type { Metadata } from "next";
import { BarList, DistributionChart } from "@/components/wrap-up/charts";
import { RoundNoteForm } from "@/components/wrap-up/round-note-form";
import { TableHead } from "@/components/ui/table-head";
import { db } from "@/lib/db";
import { loadOverview } from "@/lib/domain/overview/data";
import type { DimensionFigures } from "@/lib/domain/overview/figures";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { loadRoundNotes, requireLeaderArea } from "@/lib/domain/wrap-up/loaders";
import { noteFields } from "@/lib/domain/wrap-up/schema";
import { env } from "@/lib/env";
import { formatDecimal } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.wrapUp.overview.title };

const t = da.wrapUp.overview;
const e = da.plans.editor;

function Dimension({ dimension, previousTitle }: { dimension: DimensionFigures; previousTitle: string | null }) {
  const headingId = `dimension-${dimension.id}`;
  const series = [t.unit, ...(dimension.previous && previousTitle ? [t.previous(previousTitle)] : [])];
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold text-brand-900">
        {dimension.name}
      </h3>
      {dimension.unit ? (
        <>
          <p>
            {t.summary(
              dimension.unit.n,
              formatDecimal(dimension.unit.mean),
              dimension.previous && previousTitle
                ? { title: previousTitle, n: dimension.previous.n, mean: formatDecimal(dimension.previous.mean) }
                : null,
            )}
          </p>
          <DistributionChart
            caption={t.distributionCaption(dimension.name)}
            series={series}
            counts={[dimension.unit.counts, ...(dimension.previous ? [dimension.previous.counts] : [])]}
          />
        </>
      ) : (
        <p>{t.hidden}</p>
      )}
      {dimension.groups.length > 1 ? (
        <table className="text-sm">
          <caption className="mb-1 text-left font-medium">{t.groupsCaption(dimension.name)}</caption>
          <TableHead headings={[t.group, t.respondents, t.mean, ...Array.from({ length: 10 }, (_, score) => String(score + 1))]} />
          <tbody>
            {dimension.groups.map((group) => (
              <tr key={group.id} className="border-t border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {group.name}
                </th>
                {group.figure ? (
                  <>
                    <td className="pr-3">{group.figure.n}</td>
                    <td className="pr-3">{formatDecimal(group.figure.mean)}</td>
                    {group.figure.counts.map((count, score) => (
                      <td key={score} className="pr-2 text-right">
                        {count}
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={12}>{t.hidden}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export default async function OverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireLeaderArea(id);
  const threshold = env().OVERVIEW_MIN_PEOPLE;
  const [overview, notes] = await Promise.all([loadOverview(db(), round.id, threshold), loadRoundNotes(round.id, ["overview"])]);
  const note = notes.get("overview") ?? { fields: {}, revisions: {} };
  const { progress, figures } = overview;
  const editable = allowedActions(round.state).includes("editOverview");
  return (
    <div className="flex flex-col gap-10">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
        <p className="mt-2 max-w-3xl text-slate-700">{overview.hasScores ? t.lead : t.leadWithoutScores}</p>
        <p className="mt-1 max-w-3xl text-slate-700">{t.threshold(threshold)}</p>
      </div>

      <section aria-labelledby="progress-heading" className="flex flex-col gap-3">
        <h3 id="progress-heading" className="text-xl font-semibold text-brand-900">
          {t.progressHeading}
        </h3>
        <BarList
          caption={t.progressCaption}
          label={t.progressHeading}
          measure={t.measure}
          rows={(Object.keys(t.progress) as (keyof typeof t.progress)[]).map((key) => ({ name: t.progress[key], count: progress[key] }))}
        />
      </section>

      {figures ? (
        <>
          {figures.vitalisation ? (
            <section aria-labelledby="vitalisation-heading" className="flex flex-col gap-4">
              <div>
                <h3 id="vitalisation-heading" className="text-xl font-semibold text-brand-900">
                  {t.vitalisationHeading}
                </h3>
                <p className="max-w-3xl text-slate-700">{t.vitalisationLead}</p>
                {figures.previousTitle ? null : <p className="text-slate-700">{t.noPrevious}</p>}
              </div>
              <div className="grid gap-4 xl:grid-cols-2">
                {figures.vitalisation.map((dimension) => (
                  <Dimension key={dimension.id} dimension={dimension} previousTitle={figures.previousTitle} />
                ))}
              </div>
            </section>
          ) : null}

          <section aria-labelledby="plans-heading" className="flex flex-col gap-6">
            <div>
              <h3 id="plans-heading" className="text-xl font-semibold text-brand-900">
                {t.plansHeading}
              </h3>
              <p className="text-slate-700">{figures.plans ? t.plansLead(figures.plans.n) : t.plansHidden(figures.signedPlans)}</p>
            </div>
            {figures.plans ? (
              <>
                <BarList
                  caption={t.motivatedHeading}
                  label={t.answer}
                  measure={t.plansCount}
                  rows={(["yes", "no", "unclear", "unanswered"] as const).map((key) => ({
                    name: t.motivation[key],
                    count: figures.plans!.motivated[key],
                  }))}
                />
                <BarList
                  caption={t.byThemeHeading}
                  label={t.theme}
                  measure={t.actions}
                  rows={figures.plans.byTheme.map((row) => ({ name: row.theme || t.noTheme, count: row.count }))}
                />
                <div className="flex flex-col gap-3">
                  <BarList
                    caption={t.needsHeading}
                    label={t.form}
                    measure={t.actions}
                    rows={figures.plans.byForm.map((row) => ({ name: row.form ? e.forms[row.form] : t.noForm, count: row.count }))}
                  />
                  <p className="text-sm text-slate-700">{t.needsLead}</p>
                  {figures.plans.byForm
                    .filter((row) => row.needs.length > 0)
                    .map((row) => (
                      <section key={row.form} aria-label={row.form ? e.forms[row.form] : t.noForm}>
                        <h4 className="font-medium">{row.form ? e.forms[row.form] : t.noForm}</h4>
                        <ul className="ml-6 list-disc">
                          {row.needs.map((need, index) => (
                            <li key={index} className="whitespace-pre-line">
                              {need.count > 1 ? t.needCount(need.text, need.count) : need.text}
                            </li>
                          ))}
                        </ul>
                      </section>
                    ))}
                </div>
              </>
            ) : null}
          </section>
        </>
      ) : (
        <p role="note" className="max-w-3xl rounded-md border border-slate-300 bg-slate-50 p-4">
          {overview.hasScores ? t.notYet : t.notYetWithoutScores}
        </p>
      )}

      <section aria-labelledby="notes-heading" className="flex max-w-3xl flex-col gap-3">
        <div>
          <h3 id="notes-heading" className="text-xl font-semibold text-brand-900">
            {t.notesHeading}
          </h3>
          <p className="text-slate-700">{t.notesLead}</p>
        </div>
        {editable ? (
          <RoundNoteForm
            roundId={round.id}
            kind="overview"
            idPrefix="overview"
            fields={noteFields.overview.map((key) => ({ key, label: t.notes[key], kind: "text" as const, rows: 4 }))}
            values={note.fields}
            revisions={note.revisions}
          />
        ) : (
          <dl className="flex flex-col gap-3">
            {noteFields.overview.map((key) => (
              <div key={key}>
                <dt className="font-medium">{t.notes[key]}</dt>
                <dd className="whitespace-pre-line">{String(note.fields[key] ?? "") || da.wrapUp.meeting.empty}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
