import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PlanEditor } from "@/components/plans/plan-editor";
import { loadConversationPlan } from "@/lib/domain/plans/loaders";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.plans.page.openOwn };

export default async function ConversationPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  const { actor, round } = await requireRound(id, `/runder/${id}/samtale/${participantId}`, "read");
  if (!z.uuid().safeParse(participantId).success) notFound();
  const plan = await loadConversationPlan(actor, round.id, participantId);
  const t = da.plans.page;
  const s = da.plans.signOff;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title(plan.employeeName)}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{t.lead}</p>
      <PlanEditor
        planId={plan.planId}
        versions={plan.versions.map((version) => ({
          number: version.number,
          signedText: version.signedAt ? s.signed(formatDateTime(version.signedAt)) : null,
          lines: [
            ...version.approvals.map((approval) => s.approvedBy(approval.name, formatDateTime(approval.at))),
            ...(version.signedAt ? [] : version.waitingFor.map((name) => s.waiting(name))),
          ],
        }))}
      />
    </>
  );
}
