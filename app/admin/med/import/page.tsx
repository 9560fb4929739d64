import type { Metadata } from "next";
import Link from "next/link";
import { CommitteeImport } from "@/components/committees/committee-import";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.committeeImport.title };

export default async function CommitteeImportPage() {
  await requirePermission("import", { kind: "medCommittees" });
  return (
    <>
      <PageHeading title={da.committeeImport.title} lead={da.committeeImport.lead} />
      <CommitteeImport />
      <p className="mt-8">
        <Link href="/admin/med" className="font-medium text-brand-700 underline underline-offset-4">
          {da.committees.form.back}
        </Link>
      </p>
    </>
  );
}
