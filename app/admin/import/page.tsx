import type { Metadata } from "next";
import { PeopleImport } from "@/components/admin/people-import";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.peopleImport.title };

export default async function ImportPage() {
  await requirePermission("import", { kind: "organisation" });
  return (
    <>
      <PageHeading title={da.peopleImport.title} lead={da.peopleImport.lead} />
      <PeopleImport />
    </>
  );
}
