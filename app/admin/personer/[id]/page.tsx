import { z } from "zod";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/admin/person-form";
import { ErasePersonPanel } from "@/components/erasure/erase-person";
import { RestrictionPanel } from "@/components/restriction/restriction-panel";
import { LegalHoldPanel } from "@/components/retention/legal-hold";
import { PageHeading } from "@/components/ui/page-heading";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadPersonForEdit, loadUnitOptions } from "@/lib/domain/people/admin-loaders";
import { loadOpenRoundsLedBy } from "@/lib/domain/rounds/handover/loaders";
import { loadRestriction } from "@/lib/domain/restriction/loaders";
import { loadStandingHolds } from "@/lib/domain/retention/holds";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: da.admin.people.title };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("update", { kind: "organisation" });
  if (!z.uuid().safeParse(id).success) notFound();
  const municipalityId = await requireMunicipalityId();
  const [person, units, [hold], restriction, roundsLed] = await Promise.all([
    loadPersonForEdit(municipalityId, id),
    loadUnitOptions(municipalityId),
    loadStandingHolds(db(), municipalityId, id),
    loadRestriction(db(), municipalityId, id),
    loadOpenRoundsLedBy(municipalityId, id),
  ]);
  if (!person) notFound();
  await recordAudit(db(), {
    actorId: actor.id,
    action: "person.read",
    resourceKind: "person",
    resourceId: person.id,
    subjectId: person.id,
    purpose: "administration",
  });
  const t = da.admin.person;

  return (
    <>
      <PageHeading title={t.editTitle(person.name)}>
        {person.deactivatedAt ? <p className="mt-2 text-slate-700">{t.deactivatedAt(formatDateTime(person.deactivatedAt))}</p> : null}
        {restriction ? (
          <p className="mt-2 font-medium text-slate-900">
            <a href="#restriction" className="text-brand-700 underline underline-offset-4">
              {da.restriction.heading}
            </a>
            <span aria-hidden="true" className="mx-2 text-slate-400">
              {da.common.separator}
            </span>
            {da.restriction.standing(formatDateTime(restriction.since), restriction.byName)}
          </p>
        ) : null}
        {/* Plain links: a download is a file, not a page; Next's Link would ask the route twice
            (once for the page it expects, once as the browser's download), recording the export twice. */}
        <p className="mt-2">
          <a href={`/admin/personer/${person.id}/adgangslog`} className="text-brand-700 underline underline-offset-4">
            {t.accessReport}
          </a>
        </p>
        <p className="mt-2">
          <a href={`/admin/personer/${person.id}/indsigt`} className="text-brand-700 underline underline-offset-4">
            {da.personalData.adminDownload}
          </a>
        </p>
      </PageHeading>
      <PersonForm
        units={units}
        initial={{
          id: person.id,
          version: person.updatedAt.toISOString(),
          name: person.name,
          email: person.email ?? "",
          employeeNumber: person.employeeNumber ?? "",
          jobTitle: person.jobTitle ?? "",
          unitId: person.unitId ?? "",
          manager: person.manager?.email ?? person.manager?.employeeNumber ?? "",
          roles: person.roles.map(({ role }) => role),
          active: person.active,
          employmentType: person.employmentType ?? "",
          employmentStart: person.employmentStart ? toDanishDate(person.employmentStart.toISOString().slice(0, 10)) : "",
          birthYear: person.birthYear?.toString() ?? "",
          senior: person.senior === null ? "" : person.senior ? "yes" : "no",
        }}
      />
      <LegalHoldPanel
        personId={person.id}
        standing={
          hold
            ? { id: hold.id, reason: hold.reason, text: da.retention.hold.standing(formatDateTime(hold.createdAt), hold.createdByName) }
            : null
        }
      />
      <RestrictionPanel
        personId={person.id}
        standing={
          restriction
            ? {
                text: da.restriction.standing(formatDateTime(restriction.since), restriction.byName),
                ground: da.restriction.grounds[restriction.ground],
              }
            : null
        }
      />
      {roundsLed.length > 0 ? (
        <section aria-labelledby="rounds-led" className="mt-10">
          <h2 id="rounds-led" className="text-lg font-semibold">
            {da.handover.admin.heading}
          </h2>
          <p className="mt-1 text-slate-700">{da.handover.admin.lead}</p>
          <ul className="mt-2 list-disc pl-6">
            {roundsLed.map((round) => (
              <li key={round.id}>
                <Link href={`/runder/overdragelse/${round.id}`} className="text-brand-700 underline underline-offset-2">
                  {da.handover.admin.item(round.title)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErasePersonPanel personId={person.id} />
      {person.reports.length > 0 ? (
        <section aria-labelledby="reports" className="mt-10">
          <h2 id="reports" className="text-lg font-semibold">
            {t.reports}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {person.reports.map((report) => (
              <li key={report.id}>
                <Link href={`/admin/personer/${report.id}`} className="text-brand-700 underline underline-offset-2">
                  {report.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
