import type { Metadata } from "next";
import { SectionsView } from "@/components/privacy/sections-view";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { getActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { loadPrivacyNotice } from "@/lib/domain/privacy/data";
import { controllerName } from "@/lib/domain/privacy/facts";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.privacy.notice.title };

// Public: the notice must be readable before anyone signs in (it is linked from the first e-mail).
export default async function PrivacyNoticePage() {
  const actor = await getActor();
  const notice = await loadPrivacyNotice(db(), actor?.municipalityId ?? null);
  const t = da.privacy.notice;
  return (
    <Main>
      <PageHeading title={t.title} lead={notice ? t.lead(controllerName(notice.facts)) : undefined} />
      {notice ? <SectionsView sections={notice.sections} /> : <p>{da.home.noOrganisation}</p>}
    </Main>
  );
}
