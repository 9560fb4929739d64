import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import { inputClass } from "@/components/ui/field";
import { TableHead } from "@/components/ui/table-head";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { requirePermission } from "@/lib/auth/page-guard";
import { describeAction } from "@/lib/domain/audit/access-report-csv";
import { loadAuditPage, type AuditFilter } from "@/lib/domain/audit/loaders";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";
import { searchDate, searchPage, searchText, type SearchParams } from "@/lib/http/search-params";

export const metadata: Metadata = { title: da.admin.log.title };

function readDate(value: string | null, endOfDay: boolean): Date | null {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (endOfDay) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

function readFilter(search: SearchParams): AuditFilter {
  const action = searchText(search.handling);
  return {
    actorEmail: searchText(search.hvem),
    subjectEmail: searchText(search.om),
    action: action in da.audit.actions ? action : "",
    from: readDate(searchDate(search.fra), false),
    to: readDate(searchDate(search.til), true),
    page: searchPage(search.side),
  };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("read", { kind: "auditLog" });
  const search = await searchParams;
  const filter = readFilter(search);
  const { events, total, pages } = await loadAuditPage(filter);
  const t = da.admin.log;
  const pageHref = (page: number) =>
    `/admin/log?${new URLSearchParams({ hvem: searchText(search.hvem), om: searchText(search.om), handling: filter.action, fra: searchText(search.fra), til: searchText(search.til), side: String(page) })}`;

  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-4">
        {(
          [
            ["hvem", t.actor, "text"],
            ["om", t.subject, "text"],
            ["fra", t.from, "date"],
            ["til", t.to, "date"],
          ] as const
        ).map(([name, label, type]) => (
          <div key={name} className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`log-${name}`} className="font-medium">
              {label}
            </label>
            <input id={`log-${name}`} name={name} type={type} defaultValue={searchText(search[name])} className={inputClass} />
          </div>
        ))}
        {/* min-w-0: the select is as wide as its longest action name; on a phone it takes the row's width. */}
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="log-handling" className="font-medium">
            {t.action}
          </label>
          <select id="log-handling" name="handling" defaultValue={filter.action} className={inputClass}>
            <option value="">{t.allActions}</option>
            {Object.entries(da.audit.actions).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t.filter}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {da.admin.people.count(events.length, total)}
      </p>
      {events.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollArea label={t.title}>
          <table className="w-full border-collapse text-left text-sm">
            <TableHead headings={[t.columns.at, t.columns.actor, t.columns.action, t.columns.subject, t.columns.details]} />
            <tbody>
              {events.map((event) => (
                <tr key={String(event.id)} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(event.at)}</td>
                  <td className="px-2 py-2">{event.actor ? da.common.personWithEmail(event.actor.name, event.actor.email) : t.system}</td>
                  <td className="px-2 py-2">{describeAction(event.action)}</td>
                  <td className="px-2 py-2">{event.subject ? da.common.personWithEmail(event.subject.name, event.subject.email) : ""}</td>
                  <td className="px-2 py-2 font-mono text-xs">{event.details ? JSON.stringify(event.details) : ""}</td>
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
        labels={{ page: da.admin.people.page(filter.page, pages), previous: da.admin.people.previous, next: da.admin.people.next }}
      />
    </>
  );
}
