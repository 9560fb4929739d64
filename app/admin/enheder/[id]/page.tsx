import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { UnitForm } from "@/components/admin/unit-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.units.title };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("update", { kind: "organisation" });
  if (!z.uuid().safeParse(id).success) notFound();
  const municipalityId = await requireMunicipalityId();
  // The unit and the areas it may move under; not the whole tree (thousands of units in a large city).
  const [unit, areas] = await Promise.all([
    db().unit.findFirst({ where: { id, municipalityId }, select: { id: true, name: true, kind: true, parentId: true, updatedAt: true } }),
    db().unit.findMany({
      where: { municipalityId, kind: "AREA", NOT: { id } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  if (!unit) notFound();
  return (
    <>
      <PageHeading title={da.admin.units.editTitle(unit.name)} />
      <UnitForm
        idPrefix="ret"
        areas={areas}
        initial={{ id: unit.id, version: unit.updatedAt.toISOString(), name: unit.name, kind: unit.kind, parentId: unit.parentId ?? "" }}
      />
    </>
  );
}
