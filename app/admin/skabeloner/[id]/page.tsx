import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateForm } from "@/components/admin/template-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadTemplates } from "@/lib/domain/templates/data";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.templates.title };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("update", { kind: "roundTemplate" });
  const template = (await loadTemplates(db(), await requireMunicipalityId())).find((candidate) => candidate.id === id);
  if (!template) notFound();
  return (
    <>
      <PageHeading title={da.admin.templates.editTitle(template.name)} lead={da.admin.templates.lead} />
      <TemplateForm
        templateId={template.id}
        version={template.updatedAt.toISOString()}
        initial={{
          name: template.name,
          description: template.description,
          hasScores: template.hasScores,
          answerLayout: template.answerLayout,
          themes: template.themes.map((theme) => ({
            title: theme.title,
            description: theme.description,
            questions: theme.questions.join("\n"),
          })),
        }}
      />
    </>
  );
}
