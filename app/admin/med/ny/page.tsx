import type { Metadata } from "next";
import Link from "next/link";
import { CommitteeForm } from "@/components/committees/committee-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadCommitteeForm } from "@/lib/domain/committees/data";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.committees.form.newTitle };

export default async function NewCommitteePage() {
  const actor = await requirePermission("create", { kind: "medCommittees" });
  const data = await loadCommitteeForm(db(), actor.municipalityId);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/med" className="text-brand-700 underline underline-offset-2">
          {da.committees.form.back}
        </Link>
      </p>
      <PageHeading title={da.committees.form.newTitle} />
      <CommitteeForm data={data} />
    </>
  );
}
