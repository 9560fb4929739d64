import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import type { OrganisationOverview } from "@/lib/domain/organisation-overview/loaders";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

// One level, year by year: progress, the four dimensions' means and motivation.

const t = da.organisationOverview;
const cell = "px-2 py-1 text-right tabular-nums";

export function HistoryTable({ level, history }: { level: string; history: OrganisationOverview["history"] }) {
  const dimensions = history[0]?.figures.dimensions ?? [];
  const headings = [
    t.year,
    t.progress.participants,
    t.progress.sheetsShared,
    t.progress.plansSigned,
    ...dimensions.map((dimension) => dimension.name),
    t.motivatedYes,
  ];
  const changes = history.flatMap((entry) => entry.changes.map((change) => ({ ...change, year: entry.year })));
  return (
    <>
      <ScrollArea label={t.historyCaption(level)}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t.historyCaption(level)}</caption>
          <TableHead headings={headings} />
          <tbody>
            {history.map(({ year, figures }) => (
              <tr key={year} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {year}
                </th>
                {figures.progress ? (
                  [figures.progress.participants, figures.progress.sheetsShared, figures.progress.plansSigned].map((value, index) => (
                    <td key={index} className={cell}>
                      {formatNumber(value)}
                    </td>
                  ))
                ) : (
                  <td colSpan={3} className="px-2 py-1 text-slate-700">
                    {t.progressFolded}
                  </td>
                )}
                {figures.dimensions.map((dimension) => (
                  <td key={dimension.id} className={cell}>
                    {dimension.figure ? t.meanWithN(formatDecimal(dimension.figure.mean), dimension.figure.n) : t.hidden}
                  </td>
                ))}
                <td className={cell}>
                  {figures.plans ? `${formatNumber(figures.plans.motivated.yes)} / ${formatNumber(figures.plans.n)}` : t.hidden}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {changes.length > 0 ? (
        <div>
          <h3 className="font-semibold text-brand-900">{t.historyChangesHeading}</h3>
          <ul className="list-disc pl-5">
            {changes.map((change) => (
              <li key={`${change.year}-${change.unit}`}>{t.historyChange(change)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
