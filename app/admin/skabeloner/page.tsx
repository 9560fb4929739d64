import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { StackedTable } from "@/components/ui/stacked-table";
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
      {/* Four columns do not fit a phone: there each template is a card. */}
      <StackedTable
        columns={[{ heading: t.columns.name }, { heading: t.columns.themes }, { heading: t.columns.sheet }, { heading: t.columns.updated }]}
        rows={templates.map((template) => ({
          key: template.id,
          cells: [
            <Link key="name" href={`/admin/skabeloner/${template.id}`} className="font-medium text-brand-700 underline underline-offset-4">
              {template.name}
            </Link>,
            t.themeCount(template.themes.length),
            t.sheetSummary(template.hasScores, template.answerLayout === "REFLECTION"),
            formatDateTime(template.updatedAt),
          ],
        }))}
      />
    </>
  );
}
