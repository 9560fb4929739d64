import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitForm } from "@/components/admin/unit-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { flattenTree, loadUnitTree } from "@/lib/domain/organisation/admin-loaders";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.units.title };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("update", { kind: "organisation" });
  const tree = await loadUnitTree(await requireMunicipalityId());
  const all = flattenTree(tree);
  const unit = all.find((node) => node.id === id);
  if (!unit) notFound();
  const areas = tree.filter((node) => node.kind === "AREA" && node.id !== unit.id).map(({ id: areaId, name }) => ({ id: areaId, name }));
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
