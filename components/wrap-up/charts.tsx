import { da } from "@/lib/i18n/da";

// Charts for the overview: a picture for the eye (aria-hidden) and, right below it, the same
// numbers as a table for a screen reader and for anyone who prefers numbers. Plain SVG rendered on
// the server: no chart library in the browser bundle. Colours keep 3:1 against white (WCAG 1.4.11)
// and the series differ by fill as well as colour (hatched), so they do not rest on colour alone.

const colours = ["#1d4f8c", "#64748b"];
const t = da.wrapUp.overview;

function Legend({ series }: { series: string[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
      {series.map((name, index) => (
        <li key={name} className="flex items-center gap-2">
          <svg width="16" height="16">
            <rect width="16" height="16" fill={index === 0 ? colours[0] : "url(#hatch)"} stroke={colours[index]} />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}

function Hatch() {
  return (
    <defs>
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <rect width="3" height="6" fill={colours[1]} />
      </pattern>
    </defs>
  );
}

/** The chart's numbers as a table, folded under the chart ("Vis tallene som tabel"). */
function TableBehind({ caption, headings, rows }: { caption: string; headings: string[]; rows: { name: string; values: number[] }[] }) {
  const [rowHeading, ...columns] = headings;
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{t.showTable}</summary>
      <table className="mt-2 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left">
              {rowHeading}
            </th>
            {columns.map((name) => (
              <th key={name} scope="col" className="pr-4 text-right">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="pr-4 text-left font-normal">
                {row.name}
              </th>
              {row.values.map((value, index) => (
                <td key={index} className="pr-4 text-right">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Counts for the scores 1–10, one or two series (this round, the previous one), as columns. */
export function DistributionChart({ caption, series, counts }: { caption: string; series: string[]; counts: number[][] }) {
  const width = 520;
  const height = 180;
  const top = 18;
  const bottom = 24;
  const max = Math.max(1, ...counts.flat());
  const slot = width / 10;
  const bar = (slot - 10) / counts.length;
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-medium">{caption}</figcaption>
      <Legend series={series} />
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-full" aria-hidden="true">
        <Hatch />
        <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} stroke="#475569" />
        {Array.from({ length: 10 }, (_, score) =>
          counts.map((row, index) => {
            const h = ((height - top - bottom) * row[score]) / max;
            const x = score * slot + 5 + index * bar;
            return (
              <g key={`${score}-${index}`}>
                <rect
                  x={x}
                  y={height - bottom - h}
                  width={bar - 2}
                  height={h}
                  fill={index === 0 ? colours[0] : "url(#hatch)"}
                  stroke={colours[index]}
                />
                {row[score] > 0 ? (
                  <text x={x + (bar - 2) / 2} y={height - bottom - h - 4} textAnchor="middle" fontSize="12" fill="#0f172a">
                    {row[score]}
                  </text>
                ) : null}
              </g>
            );
          }),
        )}
        {Array.from({ length: 10 }, (_, score) => (
          <text key={score} x={score * slot + slot / 2} y={height - 6} textAnchor="middle" fontSize="13" fill="#0f172a">
            {score + 1}
          </text>
        ))}
      </svg>
      <TableBehind
        caption={caption}
        headings={[t.score, ...series]}
        rows={Array.from({ length: 10 }, (_, score) => ({ name: String(score + 1), values: counts.map((row) => row[score]) }))}
      />
    </figure>
  );
}

/** Counts per category as horizontal bars, with the table beneath. */
export function BarList({
  caption,
  label,
  measure,
  rows,
}: {
  caption: string;
  label: string;
  measure: string;
  rows: { name: string; count: number }[];
}) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-medium">{caption}</figcaption>
      <div aria-hidden="true" className="flex max-w-2xl flex-col gap-1">
        {rows.map((row) => (
          <div key={row.name} className="grid grid-cols-[minmax(8rem,16rem)_minmax(0,1fr)] items-center gap-3 text-sm">
            <span>{row.name}</span>
            <span className="flex items-center gap-2">
              <span
                className="inline-block h-5 min-w-0 rounded-sm bg-brand-700"
                style={{ width: `${(100 * row.count) / max}%`, minWidth: row.count > 0 ? "2px" : 0 }}
              />
              {/* Never squeezed by the longest bar: a count must not break across lines. */}
              <span className="shrink-0 tabular-nums">{row.count}</span>
            </span>
          </div>
        ))}
      </div>
      <TableBehind caption={caption} headings={[label, measure]} rows={rows.map((row) => ({ name: row.name, values: [row.count] }))} />
    </figure>
  );
}
