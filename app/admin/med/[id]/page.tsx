import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CommitteeForm } from "@/components/committees/committee-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { loadCommitteeForm } from "@/lib/domain/committees/data";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.committees.title };

export default async function CommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("update", { kind: "medCommittees" });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await loadCommitteeForm(db(), actor.municipalityId, id);
  if (!data.committee) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/med" className="text-brand-700 underline underline-offset-2">
          {da.committees.form.back}
        </Link>
      </p>
      <PageHeading title={da.committees.form.editTitle(data.committee.name)} />
      <CommitteeForm data={data} />
    </>
  );
}
