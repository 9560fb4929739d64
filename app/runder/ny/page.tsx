import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateRoundForm } from "@/components/rounds/create-round-form";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/access/policy";
import { requireActor } from "@/lib/auth/current";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadNewRoundOptions } from "@/lib/domain/rounds/loaders";
import { da } from "@/lib/i18n/da";
import { refuse } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: da.rounds.create.title };

/** Next year's round once the autumn has begun (rounds are planned ahead), otherwise this year's. */
function suggestedYear(now = new Date()): number {
  return now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear();
}

export default async function NewRoundPage() {
  const actor = await requireActor();
  if (!can(actor, "create", { kind: "roundMaterial", leaderId: actor.id, participantIds: [] })) await refuse(actor);
  const { kinds, templates } = await loadNewRoundOptions(actor, await requireMunicipalityId());
  if (kinds.length === 0) notFound();
  const t = da.rounds.create;
  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead} />
      <CreateRoundForm kinds={kinds} templates={templates} year={suggestedYear()} />
    </Main>
  );
}
