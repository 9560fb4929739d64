import Link from "next/link";
import type { UnitRow } from "@/lib/domain/organisation/unit-list";
import { da } from "@/lib/i18n/da";

/** One unit or area in the administrator's lists: its name, what it is and how many work there, and its edit link. */
export function UnitLine({ unit, unitCount, showArea = false }: { unit: UnitRow; unitCount?: number; showArea?: boolean }) {
  const t = da.admin.units;
  const summary = da.common.dotted(
    da.common.unitSummary(t.kinds[unit.kind], t.people(unit.people)),
    unitCount === undefined ? "" : t.unitCount(unitCount),
    showArea && unit.area ? t.inArea(unit.area) : "",
  );
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 py-1">
      <span className={unit.kind === "AREA" ? "font-semibold" : ""}>{unit.name}</span>
      <span className="text-sm text-slate-600">{summary}</span>
      <Link
        href={`/admin/enheder/${unit.id}`}
        className="text-sm text-brand-700 underline underline-offset-2"
        aria-label={t.editTitle(unit.name)}
      >
        {t.edit}
      </Link>
    </p>
  );
}
