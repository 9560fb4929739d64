import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import type { OverviewRow } from "@/lib/domain/organisation-overview/loaders";
import type { NodeFigures } from "@/lib/domain/organisation-overview/picture";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

// The level and the units just below it, one table per kind of figure. A unit whose figure is
// hidden says so in its row ("Vises ikke"); its people are still counted in the level's total.

const t = da.organisationOverview;
const cell = "px-2 py-1 text-right tabular-nums";

/** A unit below the level leads to its own level (the progress table only: one link per unit on the page). */
function RowHeading({ row, first, year }: { row: OverviewRow; first: boolean; year?: number }) {
  const link = !first && year !== undefined && !row.outsideScope;
  return (
    <th scope="row" className={`px-2 py-1 text-left ${first ? "font-semibold" : "font-normal"}`}>
      {first ? (
        t.levelRow(row.name)
      ) : link ? (
        <a
          className="text-brand-700 underline underline-offset-4"
          href={`/organisation?${new URLSearchParams({ enhed: row.id, aar: String(year) })}`}
        >
          {row.name}
        </a>
      ) : (
        row.name
      )}
      {row.moved ? <span className="block text-sm text-slate-700">{t.movedShort(row.moved.from, row.moved.to)}</span> : null}
    </th>
  );
}

function Table({
  caption,
  headings,
  rows,
  cells,
  year,
}: {
  caption: string;
  headings: string[];
  rows: OverviewRow[];
  cells: (figures: NodeFigures) => (string | null)[] | null;
  year?: number;
}) {
  return (
    <ScrollArea label={caption}>
      <table className="min-w-full text-sm">
        {/* The section's heading says it on screen; the caption names the table for a screen reader. */}
        <caption className="sr-only">{caption}</caption>
        <TableHead headings={[t.unit, ...headings]} />
        <tbody>
          {rows.map((row, index) => {
            const values = row.figures ? cells(row.figures) : null;
            return (
              <tr key={row.id} className={`border-t border-slate-200 ${index === 0 ? "bg-slate-50" : ""}`}>
                <RowHeading row={row} first={index === 0} year={year} />
                {row.outsideScope ? (
                  <td colSpan={headings.length} className="px-2 py-1 text-slate-700">
                    {t.outsideScope}
                  </td>
                ) : values === null ? (
                  <td colSpan={headings.length} className="px-2 py-1 text-slate-700">
                    {t.hiddenLong}
                  </td>
                ) : (
                  values.map((value, column) => (
                    <td key={column} className={cell}>
                      {value ?? t.hidden}
                    </td>
                  ))
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}

const progressKeys = ["rounds", "participants", "sheetsShared", "conversationsHeld", "plansSigned", "plansFiled", "followedUp"] as const;

export function ProgressTable({ rows, year }: { rows: OverviewRow[]; year: number }) {
  return (
    <Table
      year={year}
      caption={t.progressHeading}
      headings={progressKeys.map((key) => t.progress[key])}
      rows={rows}
      cells={(figures) => (figures.progress ? progressKeys.map((key) => formatNumber(figures.progress![key])) : null)}
    />
  );
}

export function DimensionTable({ rows }: { rows: OverviewRow[] }) {
  const dimensions = rows[0]?.figures?.dimensions ?? [];
  return (
    <Table
      caption={t.vitalisationHeading}
      headings={dimensions.map((dimension) => dimension.name)}
      rows={rows}
      cells={(figures) =>
        figures.dimensions.map((dimension) =>
          dimension.figure ? t.meanWithN(formatDecimal(dimension.figure.mean), dimension.figure.n) : null,
        )
      }
    />
  );
}

const motivationKeys = ["yes", "no", "unclear", "unanswered"] as const;

export function MotivationTable({ rows }: { rows: OverviewRow[] }) {
  return (
    <Table
      caption={t.motivationCaption}
      headings={[t.plans, ...motivationKeys.map((key) => da.wrapUp.overview.motivation[key])]}
      rows={rows}
      cells={(figures) =>
        figures.plans ? [formatNumber(figures.plans.n), ...motivationKeys.map((key) => formatNumber(figures.plans!.motivated[key]))] : null
      }
    />
  );
}
