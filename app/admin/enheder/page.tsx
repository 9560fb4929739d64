import type { Metadata } from "next";
import Link from "next/link";
import { UnitForm } from "@/components/admin/unit-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { loadUnitTree, type UnitNode } from "@/lib/domain/organisation/admin-loaders";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.units.title };

function UnitList({ nodes }: { nodes: UnitNode[] }) {
  const t = da.admin.units;
  return (
    <ul className="flex flex-col gap-1 pl-5 first:pl-0">
      {nodes.map((node) => (
        <li key={node.id}>
          <p className="flex flex-wrap items-baseline gap-x-3 py-1">
            <span className={node.kind === "AREA" ? "font-semibold" : ""}>{node.name}</span>
            <span className="text-sm text-slate-600">{da.common.unitSummary(t.kinds[node.kind], t.people(node.people))}</span>
            <Link href={`/admin/enheder/${node.id}`} className="text-sm text-brand-700 underline underline-offset-2" aria-label={t.editTitle(node.name)}>
              {t.edit}
            </Link>
          </p>
          {node.children.length > 0 ? <UnitList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function UnitsPage() {
  await requirePermission("read", { kind: "organisation" });
  const tree = await loadUnitTree(await requireMunicipalityId());
  const t = da.admin.units;
  const areas = tree.filter((node) => node.kind === "AREA").map(({ id, name }) => ({ id, name }));
  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="tree">
          <h2 id="tree" className="mb-3 text-xl font-semibold text-brand-900">{t.tree}</h2>
          <UnitList nodes={tree} />
        </section>
        <section aria-labelledby="new-unit">
          <h2 id="new-unit" className="mb-3 text-xl font-semibold text-brand-900">{t.newUnit}</h2>
          <UnitForm idPrefix="ny" areas={areas} initial={{ name: "", kind: "UNIT", parentId: "" }} />
        </section>
      </div>
    </>
  );
}
