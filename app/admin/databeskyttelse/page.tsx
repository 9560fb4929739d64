import type { Metadata } from "next";
import Link from "next/link";
import { PrivacySettingsForm } from "@/components/privacy/settings-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadPrivacyFacts } from "@/lib/domain/privacy/data";
import { privacyNoticePath, processingRecordPath } from "@/lib/domain/privacy/paths";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.privacy.settings.title };

const linkClass = "font-medium text-brand-700 underline underline-offset-4";

export default async function PrivacySettingsPage() {
  const actor = await requirePermission("read", { kind: "organisation" });
  const { municipalityName, settings } = await loadPrivacyFacts(db(), actor.municipalityId);
  const t = da.privacy.settings;
  // Before the first save the controller's name starts as the municipality's, the rest empty.
  const initial = settings ?? {
    controllerName: municipalityName,
    controllerAddress: "",
    dpoName: "",
    dpoEmail: "",
    dpoPhone: "",
    policyUrl: "",
    withholdLeaderNotes: false,
    withholdLeaderNotesReason: "",
  };
  return (
    <>
      <PageHeading title={t.title} lead={t.lead}>
        {settings ? null : <p className="mt-4 font-medium">{t.notSet}</p>}
        <p className="mt-4">
          <Link href={privacyNoticePath} className={linkClass}>
            {t.noticeLink}
          </Link>
        </p>
      </PageHeading>
      <section className="max-w-4xl">
        <PrivacySettingsForm initial={initial} />
      </section>
      <section aria-labelledby="processing-record" className="mt-10 max-w-3xl">
        <h2 id="processing-record" className="text-xl font-semibold">
          {t.recordHeading}
        </h2>
        <p className="mt-1 text-slate-700">{t.recordLead}</p>
        <p className="mt-2">
          <a href={processingRecordPath} className={linkClass}>
            {t.recordDownload}
          </a>
        </p>
      </section>
    </>
  );
}
