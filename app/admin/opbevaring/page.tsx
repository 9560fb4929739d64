import type { Metadata } from "next";
import Link from "next/link";
import { RetentionPolicyForm } from "@/components/retention/policy-form";
import { RetentionRunButtons } from "@/components/retention/run-buttons";
import { PageHeading } from "@/components/ui/page-heading";
import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadDeletionLog, loadRetentionPolicy } from "@/lib/domain/retention/data";
import { loadStandingHolds } from "@/lib/domain/retention/holds";
import { describeRule, describeTrigger } from "@/lib/domain/retention/log-download";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: da.retention.title };

export default async function RetentionPage() {
  const actor = await requirePermission("read", { kind: "organisation" });
  const [policy, runs, holds] = await Promise.all([
    loadRetentionPolicy(db(), actor.municipalityId),
    loadDeletionLog(db(), actor.municipalityId),
    loadStandingHolds(db(), actor.municipalityId),
  ]);
  const t = da.retention;
  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <section className="max-w-4xl">
        <RetentionPolicyForm policy={policy} />
      </section>
      <section className="mt-10 max-w-4xl">
        <RetentionRunButtons />
      </section>
      <section aria-labelledby="legal-holds" className="mt-10">
        <h2 id="legal-holds" className="text-xl font-semibold">
          {t.hold.listHeading}
        </h2>
        {holds.length === 0 ? (
          <p className="mt-2">{t.hold.none}</p>
        ) : (
          <ScrollArea label={t.hold.listHeading}>
            <table className="mt-4 w-full border-collapse text-left text-sm">
              <TableHead headings={[t.hold.columns.person, t.hold.columns.reason, t.hold.columns.since]} />
              <tbody>
                {holds.map((hold) => (
                  <tr key={hold.id} className="border-b border-slate-200">
                    <td className="px-2 py-2">
                      <Link href={`/admin/personer/${hold.personId}`} className="text-brand-700 underline underline-offset-2">
                        {hold.personName}
                      </Link>
                    </td>
                    <td className="px-2 py-2 whitespace-pre-line">{hold.reason}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(hold.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
      <section aria-labelledby="deletion-log" className="mt-10">
        <h2 id="deletion-log" className="text-xl font-semibold">
          {t.log.heading}
        </h2>
        <p className="mt-1 text-slate-700">{t.log.lead}</p>
        <p className="mt-2">
          <a href="/admin/opbevaring/slettelog" className="font-medium text-brand-700 underline underline-offset-4">
            {t.log.download}
          </a>
        </p>
        {runs.length === 0 ? (
          <p className="mt-4">{t.log.none}</p>
        ) : (
          <ScrollArea label={t.log.heading}>
            <table className="mt-4 w-full border-collapse text-left text-sm">
              <TableHead
                headings={[t.log.columns.at, t.log.columns.trigger, t.log.columns.kind, t.log.columns.count, t.log.columns.rule]}
              />
              <tbody>
                {runs.flatMap((run) =>
                  (run.counts.length > 0 ? run.counts : [null]).map((line, index) => (
                    <tr key={`${run.id}-${line?.kind ?? "none"}`} className="border-b border-slate-200">
                      <td className="px-2 py-2 whitespace-nowrap">{index === 0 ? formatDateTime(run.startedAt) : null}</td>
                      <td className="px-2 py-2">
                        {index === 0 ? describeTrigger(run) : null}
                        {index === 0 && !run.finishedAt ? ` (${t.log.unfinished})` : null}
                      </td>
                      <td className="px-2 py-2">{line ? t.kinds[line.kind].name : t.dryRun.none}</td>
                      <td className="px-2 py-2 tabular-nums">{line ? line.count : 0}</td>
                      <td className="px-2 py-2">{line ? describeRule(run, line) : null}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
    </>
  );
}
