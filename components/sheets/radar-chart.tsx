import { da } from "@/lib/i18n/da";

type Dimension = { id: string; name: string };

const size = 380;
const centre = size / 2;
const radius = 110;

function point(index: number, count: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const r = (radius * value) / 10;
  return [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
}

const polygon = (dimensions: Dimension[], scores: Record<string, number | null | undefined>) =>
  dimensions.map((dimension, index) => point(index, dimensions.length, scores[dimension.id] ?? 0).join(",")).join(" ");

/**
 * The four scores as a radar chart, with last round's beside them. The chart is a picture for the
 * eye (aria-hidden); the table after it says the same for a screen reader and for anyone who
 * prefers numbers, under a caption naming whose scores they are. The table goes beside the chart
 * only when the space the chart is given has room for both (a container query, not the screen's
 * width: beside the plan on a laptop that space is a narrow column, and the table was squeezed out
 * of it); side by side, the chart gives way and the table keeps its width.
 */
export function RadarChart({
  dimensions,
  scores,
  previous,
  caption,
}: {
  dimensions: Dimension[];
  scores: Record<string, number | null | undefined>;
  previous: Record<string, number> | null;
  caption: string;
}) {
  const t = da.sheets.own;
  return (
    <div className="@container">
      <figure className="flex flex-col items-start gap-4 @min-[34rem]:flex-row">
        <svg
          viewBox={`0 0 ${size} ${size}`}
          width={size}
          height={size}
          aria-hidden="true"
          className="h-auto max-w-full shrink-0 @min-[34rem]:min-w-0 @min-[34rem]:shrink"
        >
          {[2, 4, 6, 8, 10].map((level) => (
            <polygon
              key={level}
              points={polygon(dimensions, Object.fromEntries(dimensions.map((dimension) => [dimension.id, level])))}
              fill="none"
              stroke="#cbd5e1"
            />
          ))}
          {dimensions.map((dimension, index) => {
            const [x, y] = point(index, dimensions.length, 10);
            const [lx, ly] = point(index, dimensions.length, 12.2);
            return (
              <g key={dimension.id}>
                <line x1={centre} y1={centre} x2={x} y2={y} stroke="#cbd5e1" />
                <text x={lx} y={ly} textAnchor="middle" dominantBaseline="middle" fontSize="14" fill="#0f172a">
                  {dimension.name}
                </text>
              </g>
            );
          })}
          {previous ? (
            <polygon points={polygon(dimensions, previous)} fill="none" stroke="#64748b" strokeWidth="2" strokeDasharray="6 4" />
          ) : null}
          <polygon points={polygon(dimensions, scores)} fill="rgba(29, 78, 216, 0.25)" stroke="#1d4ed8" strokeWidth="2.5" />
        </svg>
        <figcaption className="flex flex-col gap-3 @min-[34rem]:shrink-0">
          <table className="text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4">
                  {t.chartColumns.dimension}
                </th>
                <th scope="col" className="pr-4">
                  {t.chartColumns.now}
                </th>
                {previous ? <th scope="col">{t.chartColumns.previous}</th> : null}
              </tr>
            </thead>
            <tbody>
              {dimensions.map((dimension) => (
                <tr key={dimension.id}>
                  <th scope="row" className="pr-4 font-medium">
                    {dimension.name}
                  </th>
                  <td className="pr-4">{scores[dimension.id] ?? t.notScored}</td>
                  {previous ? <td>{previous[dimension.id] ?? t.notScored}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
            <span className="flex items-center gap-2">
              <span className="inline-block h-1 w-6 bg-blue-700" />
              {t.chartLegendNow}
            </span>
            {previous ? (
              <span className="flex items-center gap-2">
                <span className="inline-block h-0 w-6 border-t-2 border-dashed border-slate-500" />
                {t.chartLegendPrevious}
              </span>
            ) : null}
          </p>
        </figcaption>
      </figure>
    </div>
  );
}
