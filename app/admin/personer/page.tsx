import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { inputClass } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/page-guard";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadPeoplePage, type PeopleFilter } from "@/lib/domain/people/admin-loaders";
import { da } from "@/lib/i18n/da";
import { searchPage, searchText, type SearchParams } from "@/lib/http/search-params";

export const metadata: Metadata = { title: da.admin.people.title };

function readFilter(search: SearchParams): PeopleFilter {
  const status = searchText(search.status);
  return {
    query: searchText(search.q),
    unitName: searchText(search.enhed, 100),
    status: status === "inactive" || status === "all" ? status : "active",
    page: searchPage(search.side),
  };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("read", { kind: "organisation" });
  const municipalityId = await requireMunicipalityId();
  const filter = readFilter(await searchParams);
  const { people, total, pages } = await loadPeoplePage(municipalityId, filter);
  const t = da.admin.people;
  const pageHref = (page: number) =>
    `/admin/personer?${new URLSearchParams({ q: filter.query, enhed: filter.unitName, status: filter.status, side: String(page) })}`;

  return (
    <>
      <PageHeading title={t.title}>
        <p className="mt-4">
          <Link href="/admin/personer/ny" className="font-medium text-brand-700 underline underline-offset-4">
            {t.newPerson}
          </Link>
        </p>
      </PageHeading>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="font-medium">
            {t.search}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.query} className={inputClass} />
        </div>
        {/* A typed part of the unit's name, not a list of every unit: a large city has thousands. */}
        <div className="flex flex-col gap-1">
          <label htmlFor="enhed" className="font-medium">
            {t.unitFilter}
          </label>
          <span id="enhed-hint" className="text-sm text-slate-600">
            {t.unitFilterHint}
          </span>
          <input
            id="enhed"
            name="enhed"
            type="search"
            defaultValue={filter.unitName}
            aria-describedby="enhed-hint"
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-medium">
            {t.statusFilter}
          </label>
          <select id="status" name="status" defaultValue={filter.status} className={inputClass}>
            <option value="active">{t.status.active}</option>
            <option value="inactive">{t.status.inactive}</option>
            <option value="all">{t.status.all}</option>
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t.filterButton}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {t.count(people.length, total)}
      </p>
      {people.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollArea label={t.title}>
          <table className="w-full border-collapse text-left text-sm">
            <TableHead
              headings={[
                t.columns.name,
                t.columns.employeeNumber,
                t.columns.email,
                t.columns.jobTitle,
                t.columns.unit,
                t.columns.manager,
                t.columns.roles,
                t.columns.status,
              ]}
            />
            <tbody>
              {people.map((person) => (
                <tr key={person.id} className="border-b border-slate-200">
                  <td className="px-2 py-2">
                    <Link href={`/admin/personer/${person.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                      {person.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{person.employeeNumber}</td>
                  <td className="px-2 py-2">{person.email ?? t.noEmail}</td>
                  <td className="px-2 py-2">{person.jobTitle}</td>
                  <td className="px-2 py-2">{person.unit?.name}</td>
                  <td className="px-2 py-2">{person.manager?.name}</td>
                  <td className="px-2 py-2">{da.common.joinList(person.roles.map(({ role }) => da.admin.roles[role]))}</td>
                  <td className="px-2 py-2">{person.active ? t.active : t.inactive}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <Pager
        page={filter.page}
        pages={pages}
        href={pageHref}
        labels={{ page: t.page(filter.page, pages), previous: t.previous, next: t.next }}
      />
    </>
  );
}
