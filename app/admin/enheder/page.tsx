import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { UnitForm } from "@/components/admin/unit-form";
import { UnitLine } from "@/components/admin/unit-line";
import { inputClass } from "@/components/ui/field";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadAreaPreviews, loadUnitPage, unitPageSize, type UnitRow } from "@/lib/domain/organisation/unit-list";
import { searchPage, searchText, type SearchParams } from "@/lib/http/search-params";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.units.title };

const link = "text-brand-700 underline underline-offset-2";

/** A page of units (an area's, or a search's), with where it is and a way back. */
function UnitPage({
  heading,
  units,
  total,
  page,
  href,
}: {
  heading: string;
  units: UnitRow[];
  total: number;
  page: number;
  href: (page: number) => string;
}) {
  const t = da.admin.units;
  const pager = da.admin.people;
  const pages = Math.max(1, Math.ceil(total / unitPageSize));
  return (
    <section aria-labelledby="units-heading">
      <h2 id="units-heading" className="mb-3 text-xl font-semibold text-brand-900">
        {heading}
      </h2>
      <p className="mb-3">
        <Link href="/admin/enheder" className={link}>
          {t.backToAreas}
        </Link>
      </p>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {pager.count(units.length, total)}
      </p>
      {units.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {units.map((unit) => (
            <li key={unit.id}>
              <UnitLine unit={unit} showArea />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pages={pages} href={href} labels={{ page: pager.page(page, pages), previous: pager.previous, next: pager.next }} />
    </section>
  );
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("read", { kind: "organisation" });
  const municipalityId = await requireMunicipalityId();
  const search = await searchParams;
  const query = searchText(search.q, 100);
  const areaParam = searchText(search.omraade);
  const page = searchPage(search.side);
  const t = da.admin.units;
  // The areas are few (they are the tree's first level): the overview and the form's choice need them.
  const [previews, area] = await Promise.all([
    loadAreaPreviews(db(), municipalityId),
    !query && z.uuid().safeParse(areaParam).success
      ? db().unit.findFirst({ where: { id: areaParam, municipalityId, parentId: null }, select: { id: true, name: true } })
      : null,
  ]);
  const listed = query || area ? await loadUnitPage(db(), municipalityId, { query, areaId: area?.id ?? "", page }) : null;
  const href = (to: number) =>
    `/admin/enheder?${new URLSearchParams(query ? { q: query, side: String(to) } : { omraade: area?.id ?? "", side: String(to) })}`;
  const areas = previews.filter((node) => node.kind === "AREA").map(({ id, name }) => ({ id, name }));

  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <div className="grid gap-10 md:grid-cols-2">
        <div className="min-w-0">
          <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="unit-search" className="font-medium">
                {t.search}
              </label>
              <span id="unit-search-hint" className="text-sm text-slate-600">
                {t.searchHint}
              </span>
              <input
                id="unit-search"
                name="q"
                type="search"
                defaultValue={query}
                aria-describedby="unit-search-hint"
                className={inputClass}
              />
            </div>
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t.searchButton}
            </button>
          </form>
          {listed ? (
            <UnitPage
              heading={query ? t.searchHeading(query) : t.areaHeading(area!.name)}
              units={listed.units}
              total={listed.total}
              page={page}
              href={href}
            />
          ) : (
            <section aria-labelledby="tree">
              <h2 id="tree" className="mb-3 text-xl font-semibold text-brand-900">
                {t.tree}
              </h2>
              <ul className="flex flex-col gap-3">
                {previews.map((preview) => (
                  <li key={preview.id}>
                    <UnitLine unit={preview} unitCount={preview.kind === "AREA" ? preview.unitCount : undefined} />
                    {preview.units.length > 0 ? (
                      <ul className="flex flex-col gap-1 pl-5">
                        {preview.units.map((unit) => (
                          <li key={unit.id}>
                            <UnitLine unit={unit} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {preview.unitCount > preview.units.length ? (
                      <p className="pl-5 py-1">
                        <Link href={`/admin/enheder?omraade=${preview.id}`} className={link}>
                          {t.showAll(preview.unitCount, preview.name)}
                        </Link>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <section aria-labelledby="new-unit">
          <h2 id="new-unit" className="mb-3 text-xl font-semibold text-brand-900">
            {t.newUnit}
          </h2>
          <UnitForm idPrefix="ny" areas={areas} initial={{ name: "", kind: "UNIT", parentId: "" }} />
        </section>
      </div>
    </>
  );
}
