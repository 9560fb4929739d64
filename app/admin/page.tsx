import type { Metadata } from "next";
import Link from "next/link";
import { GuidanceSettingsForm } from "@/components/admin/guidance-settings-form";
import { HelpContactForm } from "@/components/admin/help-contact-form";
import { ParticipantRulesForm } from "@/components/admin/participant-rules-form";
import { ManagerChangeRuleForm } from "@/components/manager-change/rule-form";
import { FilingScopeForm } from "@/components/plans/filing-scope-form";
import { PageHeading } from "@/components/ui/page-heading";
import { UpwardQuestionsForm } from "@/components/upward/upward-questions-form";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadAdminOverview } from "@/lib/domain/organisation/admin-loaders";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.title };

export default async function AdminPage() {
  await requirePermission("read", { kind: "organisation" });
  const municipalityId = await requireMunicipalityId();
  const [
    overview,
    {
      planFilingScope: scope,
      managerChangeRule,
      helpContactName,
      helpContactTitle,
      helpContactEmail,
      helpContactPhone,
      cooperationBodyName,
      policyLinks,
      upwardQuestion1,
      upwardQuestion2,
      upwardShowFreeText,
      ...rules
    },
  ] = await Promise.all([
    loadAdminOverview(municipalityId),
    db().municipality.findUniqueOrThrow({
      where: { id: municipalityId },
      select: {
        planFilingScope: true,
        inviteHourlySubstitutes: true,
        seniorConversationAge: true,
        minimumEmploymentMonths: true,
        managerChangeRule: true,
        helpContactName: true,
        helpContactTitle: true,
        helpContactEmail: true,
        helpContactPhone: true,
        cooperationBodyName: true,
        policyLinks: { orderBy: { position: "asc" }, select: { title: true, url: true } },
        upwardQuestion1: true,
        upwardQuestion2: true,
        upwardShowFreeText: true,
      },
    }),
  ]);
  const t = da.admin;
  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {[
          { href: "/admin/personer", label: t.nav.people, summary: t.overview.people(overview.active, overview.inactive) },
          { href: "/admin/enheder", label: t.nav.units, summary: t.overview.units(overview.areas, overview.units) },
        ].map((card) => (
          <li key={card.href} className="rounded-lg border border-slate-200 p-5">
            <h2 className="text-lg font-semibold">
              <Link href={card.href} className="text-brand-800 underline-offset-4 hover:underline">
                {card.label}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{card.summary}</p>
          </li>
        ))}
      </ul>
      <section className="mt-10 max-w-2xl rounded-lg border border-slate-200 p-5">
        <FilingScopeForm scope={scope} />
      </section>
      <section className="mt-10 max-w-2xl rounded-lg border border-slate-200 p-5">
        <ParticipantRulesForm
          initial={{
            inviteHourlySubstitutes: rules.inviteHourlySubstitutes,
            seniorConversationAge: rules.seniorConversationAge?.toString() ?? "",
            minimumEmploymentMonths: rules.minimumEmploymentMonths?.toString() ?? "",
          }}
        />
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 p-5">
        <ManagerChangeRuleForm rule={managerChangeRule} />
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 p-5">
        <HelpContactForm initial={{ name: helpContactName, title: helpContactTitle, email: helpContactEmail, phone: helpContactPhone }} />
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 p-5">
        <GuidanceSettingsForm initial={{ cooperationBody: cooperationBodyName, policyLinks }} />
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 p-5">
        <UpwardQuestionsForm initial={{ question1: upwardQuestion1, question2: upwardQuestion2, showFreeText: upwardShowFreeText }} />
      </section>
    </>
  );
}
