import type { Level } from "@/lib/domain/organisation-overview/loaders";
import { da } from "@/lib/i18n/da";

// The level (a unit in the tree, or the whole municipality) and the year, as a plain GET form: the
// choice is in the address, so a page can be bookmarked, shared in the MED committee and reloaded.

const t = da.organisationOverview.picker;
const field =
  "mt-1 block w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2 focus:outline-none focus:ring-2 focus:ring-brand-700";

export function LevelPicker({ levels, level, years, year }: { levels: Level[]; level: Level; years: number[]; year: number | null }) {
  return (
    <form method="get" action="/organisation" className="mb-8 rounded-md border border-slate-300 p-4">
      <fieldset className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <legend className="mb-2 font-semibold text-brand-900">{t.legend}</legend>
        <label className="min-w-0 flex-1">
          <span className="font-medium">{t.level}</span>
          <select name="enhed" defaultValue={level.id === "" ? "kommune" : level.id} className={field}>
            {levels.map((option) => (
              <option key={option.id} value={option.id === "" ? "kommune" : option.id}>
                {"\u00a0\u00a0".repeat(option.depth) + option.name}
              </option>
            ))}
          </select>
        </label>
        {years.length > 0 ? (
          <label>
            <span className="font-medium">{t.year}</span>
            <select name="aar" defaultValue={year ?? undefined} className={field}>
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-none focus:ring-2 focus:ring-brand-700 focus:ring-offset-2"
        >
          {t.show}
        </button>
      </fieldset>
    </form>
  );
}
