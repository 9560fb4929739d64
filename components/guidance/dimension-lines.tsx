import type { VitalisationDimension } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";

/**
 * Aarhus's three lines for one vitalisation dimension: what the workplace needs, what the
 * participant needs, and how development comes about. Shown next to the definition and keywords.
 */
export function DimensionLines({ id, kind }: { id: VitalisationDimension["id"]; kind: "MUS" | "LUS" }) {
  const t = da.guidance.dimensions;
  const lines = t.lines(kind)[id];
  return (
    <dl className="mt-2 flex flex-col gap-2 text-slate-800">
      <div>
        <dt className="text-sm font-medium text-slate-600">{t.organisationLabel}</dt>
        <dd>{lines.organisation}</dd>
      </div>
      <div>
        <dt className="text-sm font-medium text-slate-600">{t.personLabel(kind)}</dt>
        <dd>{lines.person}</dd>
      </div>
      <div>
        <dt className="text-sm font-medium text-slate-600">{t.developmentLabel}</dt>
        <dd>{lines.development}</dd>
      </div>
    </dl>
  );
}

/** Where the four dimensions come from, in one line. */
export function DimensionOrigin() {
  return <p className="text-sm text-slate-600">{da.guidance.dimensions.origin}</p>;
}
