import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import { PageHeading, Main } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/current";
import { describeAction, describePurpose } from "@/lib/domain/audit/access-report-csv";
import { loadAccessReport } from "@/lib/domain/audit/loaders";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: da.audit.myData.title };

export default async function MyDataPage() {
  const actor = await requireActor();
  const events = await loadAccessReport(actor.id);
  const t = da.audit.myData;
  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead}>
        <p className="mt-4">
          <a href="/mine-data/indsigt" className="font-medium text-brand-700 underline underline-offset-4">
            {da.personalData.download}
          </a>
        </p>
        <p className="mt-1 text-sm text-slate-700">{da.personalData.downloadHint}</p>
        <p className="mt-4">
          <a href="/mine-data/adgangslog" className="font-medium text-brand-700 underline underline-offset-4">
            {t.download}
          </a>
        </p>
      </PageHeading>
      {events.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollArea label={t.title}>
          <table className="w-full border-collapse text-left text-sm">
            <TableHead headings={[t.columns.at, t.columns.actor, t.columns.action, t.columns.purpose]} />
            <tbody>
              {events.map((event) => (
                <tr key={String(event.id)} className="border-b border-slate-200">
                  <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(event.at)}</td>
                  <td className="px-2 py-2">
                    {event.actor
                      ? event.actor.id === actor.id
                        ? t.you
                        : da.common.personWithEmail(event.actor.name, event.actor.email)
                      : da.admin.log.system}
                  </td>
                  <td className="px-2 py-2">{describeAction(event.action)}</td>
                  <td className="px-2 py-2">{describePurpose(event.purpose)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </Main>
  );
}
