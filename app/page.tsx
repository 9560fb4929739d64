import { connection } from "next/server";
import { NextSteps } from "@/components/home/next-steps";
import { AskedToAdd } from "@/components/manager-change/asked-to-add";
import { StepList } from "@/components/home/step-list";
import { Main } from "@/components/ui/page-heading";
import { OpenQuestionnaires } from "@/components/upward/open-questionnaires";
import { db } from "@/lib/db";
import { loadOpenQuestionnaires } from "@/lib/domain/upward/data";
import { getActor } from "@/lib/auth/current";
import { loadHomeSteps } from "@/lib/domain/next-steps/loaders";
import { loadAskedToAdd } from "@/lib/domain/rounds/manager-change/loaders";
import { loadCooperationBody } from "@/lib/domain/organisation/municipality";
import { loadOrganisationSummary } from "@/lib/domain/organisation/loaders";
import { da } from "@/lib/i18n/da";

export default async function HomePage() {
  await connection();
  // Signed in, the page leads with what to do now; signed out, it introduces the app.
  const actor = await getActor();
  if (actor) {
    const [steps, asked, upward, body] = await Promise.all([
      loadHomeSteps(actor),
      loadAskedToAdd(actor),
      loadOpenQuestionnaires(db(), actor.id),
      loadCooperationBody(),
    ]);
    return (
      <Main>
        <NextSteps steps={steps} body={body} others={upward.length}>
          <OpenQuestionnaires open={upward} />
        </NextSteps>
        <AskedToAdd asked={asked} />
      </Main>
    );
  }
  const organisation = await loadOrganisationSummary();
  return (
    <Main>
      <h1 className="text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">{da.home.title}</h1>
      <p className="mt-4 max-w-3xl text-lg text-slate-700">{da.home.lead}</p>
      <p className="mt-6 text-sm text-slate-700">
        {organisation
          ? `${organisation.name}: ${da.home.organisationSummary(organisation.units, organisation.people)}`
          : da.home.noOrganisation}
      </p>
      <StepList heading={da.home.stepsHeading} steps={da.home.steps} />
    </Main>
  );
}
