import type { Metadata } from "next";
import { ScrollArea } from "@/components/ui/scroll-area";
import { FilingStatusProvider } from "@/components/plans/filing-status";
import { MarkFiledButton } from "@/components/plans/mark-filed-button";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { latestSignedVersions, loadFilingProgress } from "@/lib/domain/plans/hr";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.plans.hr.title };

const link = "font-medium text-brand-700 underline underline-offset-4";

export default async function FilingPage() {
  await requirePermission("read", { kind: "personnelFiling" });
  const municipalityId = await requireMunicipalityId();
  const [progress, unfiled] = await Promise.all([loadFilingProgress(db(), municipalityId), latestSignedVersions(db(), municipalityId, { unfiledOnly: true })]);
  const t = da.plans.hr;
  const c = t.columns;
  // A unit's export holds the signed plans of all its rounds.
  const units = [...new Map(progress.filter((round) => round.plansSigned > 0).map((round) => [round.unitId, round])).values()];
  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead} />
      <section aria-labelledby="progress-heading" className="mb-12">
        <h2 id="progress-heading" className="mb-3 text-xl font-semibold text-brand-900">{t.progressHeading}</h2>
        {progress.length === 0 ? (
          <p>{t.noRounds}</p>
        ) : (
          <ScrollArea label={t.progressHeading}>
            <table className="w-full text-left">
              <TableHead headings={[c.round, c.participants, c.sheets, c.conversations, c.signed, c.filed, c.export]} />
              <tbody>
                {progress.map((round) => (
                  <tr key={round.roundId} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-2 font-medium">
                      {round.title}
                      <span className="block text-sm font-normal text-slate-600">{da.common.dotted(round.unit, round.leader)}</span>
                    </th>
                    {[round.participants, round.sheetsShared, round.conversationsHeld, round.plansSigned, round.plansFiled].map((count, index) => (
                      <td key={index} className="px-2 py-2 tabular-nums">{formatNumber(count)}</td>
                    ))}
                    <td className="px-2 py-2">
                      {round.plansSigned > 0 ? <a href={`/api/hr/eksport?runde=${round.roundId}`} className={link}>{t.exportRound(round.title)}</a> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
        {units.length > 0 ? (
          <ul className="mt-4 flex flex-col gap-1">
            {units.map((unit) => (
              <li key={unit.unitId}>
                <a href={`/api/hr/eksport?enhed=${unit.unitId}`} className={link}>{t.exportUnit(unit.unit)}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="unfiled-heading">
        <h2 id="unfiled-heading" className="mb-3 text-xl font-semibold text-brand-900">{t.unfiledHeading}</h2>
        <FilingStatusProvider>
          {unfiled.length === 0 ? (
            <p>{t.noUnfiled}</p>
          ) : (
            <table className="w-full text-left">
              <TableHead headings={[t.unfiledColumns.person, t.unfiledColumns.round, t.unfiledColumns.version, t.unfiledColumns.signed, t.unfiledColumns.actions]} />
              <tbody>
                {unfiled.map((version) => (
                  <tr key={version.versionId} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-2 font-medium">{version.person}</th>
                    <td className="px-2 py-2">{version.round}</td>
                    <td className="px-2 py-2 tabular-nums">{version.number}</td>
                    <td className="px-2 py-2">{formatDateTime(version.signedAt)}</td>
                    <td className="flex flex-wrap items-start gap-3 px-2 py-2">
                      <a href={`/api/planer/${version.planId}/udgaver/${version.number}/pdf`} className={`${link} min-h-11 py-2`}>{t.download(version.person)}</a>
                      <MarkFiledButton versionId={version.versionId} person={version.person} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </FilingStatusProvider>
      </section>
    </Main>
  );
}
