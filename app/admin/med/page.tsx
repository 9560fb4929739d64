import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { ScrollArea } from "@/components/ui/scroll-area";
import { TableHead } from "@/components/ui/table-head";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadCommittees } from "@/lib/domain/committees/data";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.committees.title };

export default async function CommitteesPage() {
  const actor = await requirePermission("read", { kind: "medCommittees" });
  const { committees, unseated } = await loadCommittees(db(), actor.municipalityId);
  const t = da.committees;
  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <p className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link href="/admin/med/ny" className={buttonClass()}>
          {t.create}
        </Link>
        <Link href="/admin/med/import" className="font-medium text-brand-700 underline underline-offset-4">
          {da.committeeImport.link}
        </Link>
      </p>
      {committees.length === 0 ? (
        <p className="mt-6">{t.none}</p>
      ) : (
        <ScrollArea label={t.title}>
          <table className="mt-6 w-full border-collapse text-left text-sm">
            <TableHead headings={[t.columns.name, t.columns.units, t.columns.members]} />
            <tbody>
              {committees.map((committee) => (
                <tr key={committee.id} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-2">
                    <Link href={`/admin/med/${committee.id}`} className="text-brand-700 underline underline-offset-2">
                      {committee.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{committee.units.join(", ") || t.unitsCount(0)}</td>
                  <td className="px-2 py-2">{committee.members.join(", ") || t.membersCount(0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {unseated.length > 0 ? (
        <section aria-labelledby="unseated" className="mt-8">
          <h2 id="unseated" className="text-lg font-semibold">
            {t.noSeat}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {unseated.map((person) => (
              <li key={person.id}>
                <Link href={`/admin/personer/${person.id}`} className="text-brand-700 underline underline-offset-2">
                  {person.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
