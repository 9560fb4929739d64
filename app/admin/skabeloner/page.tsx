import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadTemplates } from "@/lib/domain/templates/data";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.templates.title };

export default async function TemplatesPage() {
  await requirePermission("update", { kind: "roundTemplate" });
  const templates = await loadTemplates(db(), await requireMunicipalityId());
  const t = da.admin.templates;
  return (
    <>
      <PageHeading title={t.title} lead={t.lead} />
      <table className="w-full text-left text-sm">
        <TableHead headings={[t.columns.name, t.columns.themes, t.columns.updated]} />
        <tbody>
          {templates.map((template) => (
            <tr key={template.id} className="border-b border-slate-200">
              <td className="px-2 py-2">
                <Link href={`/admin/skabeloner/${template.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                  {template.name}
                </Link>
              </td>
              <td className="px-2 py-2">{t.themeCount(template.themes.length)}</td>
              <td className="px-2 py-2">{formatDateTime(template.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
