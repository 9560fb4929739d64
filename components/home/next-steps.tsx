import Link from "next/link";
import type { ReactNode } from "react";
import type { HomeSteps, RoundNextStep } from "@/lib/domain/next-steps/loaders";
import type { NextStep } from "@/lib/domain/next-steps/rule";
import { da } from "@/lib/i18n/da";
import { NextStepBody } from "./next-step";
import { StepList } from "./step-list";
import { describeStep } from "./step-wording";

// The signed-in start page: per role, per round, the one thing to do now.

const t = da.nextSteps;
const card = "rounded-lg border border-slate-300 bg-white p-5";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <ul className="mt-4 grid gap-4 lg:grid-cols-2">{children}</ul>
    </section>
  );
}

/** A round's card: which round and in what role (MUS: leder/medarbejder, LUS: leders leder/leder), then its step. */
function RoundCard({ item, role }: { item: RoundNextStep; role: "leader" | "participant" | null }) {
  const { round } = item;
  const meta = da.common.roundMeta(
    da.rounds.kindShort[round.kind],
    round.year,
    round.unit,
    da.rounds.state.names[round.state],
    // Two leaders in one unit each run a round: the leader tells them apart (one's own needs no name).
    role === "leader" ? undefined : round.leader,
  );
  return (
    <li className={card}>
      <h3 className="font-semibold text-brand-900">{round.title}</h3>
      <p className="text-sm text-slate-700">{meta}</p>
      {role ? <p className="text-sm font-medium text-slate-800">{t.yourRole(da.roles[round.kind][role])}</p> : null}
      <div className="mt-3 border-t border-slate-200 pt-3">
        <NextStepBody words={describeStep(item.next, round.kind)} level={4} />
      </div>
    </li>
  );
}

function StepCard({ next }: { next: NextStep }) {
  // Steps outside a round (filing, administration, a new round) take their kind from the step itself.
  return (
    <li className={card}>
      <NextStepBody words={describeStep(next, next.step === "createRound" ? next.kind : "MUS")} level={3} />
    </li>
  );
}

/** `children`: steps of other features placed first (upward input's questionnaires); `others`: how many. */
export function NextSteps({
  steps,
  body,
  others = 0,
  children,
}: {
  steps: HomeSteps;
  /** The municipality's name for its cooperation body. */
  body: string;
  others?: number;
  children?: ReactNode;
}) {
  const nothing =
    others === 0 &&
    steps.leading.length +
      steps.withoutLeader.length +
      steps.newRounds.length +
      steps.participating.length +
      steps.committee.length +
      steps.unionRep.length ===
      0 &&
    !steps.filing &&
    !steps.organisation;
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{nothing ? t.nothing : t.lead}</p>
      {/* With nothing to do yet, how a round goes is the useful thing to read. */}
      {nothing ? <StepList heading={da.home.stepsHeading} steps={da.home.steps} /> : null}
      {children}
      {steps.leading.length + steps.newRounds.length > 0 ? (
        <Section id="naeste-leder" title={t.sections.leading}>
          {steps.leading.map((item) => (
            <RoundCard key={item.round.id} item={item} role="leader" />
          ))}
          {steps.newRounds.map((next) => (
            <StepCard key={next.step === "createRound" ? next.kind : next.step} next={next} />
          ))}
        </Section>
      ) : null}
      {steps.withoutLeader.length > 0 ? (
        <Section id="naeste-uden-leder" title={t.sections.withoutLeader}>
          {steps.withoutLeader.map((item) => (
            <RoundCard key={item.round.id} item={item} role={null} />
          ))}
        </Section>
      ) : null}
      {steps.participating.length > 0 ? (
        <Section id="naeste-deltager" title={t.sections.participating}>
          {steps.participating.map((item) => (
            <RoundCard key={item.round.id} item={item} role="participant" />
          ))}
        </Section>
      ) : null}
      {steps.filing ? (
        <Section id="naeste-hr" title={t.sections.filing}>
          <StepCard next={steps.filing} />
        </Section>
      ) : null}
      {steps.organisation ? (
        <Section id="naeste-admin" title={t.sections.organisation}>
          <StepCard next={steps.organisation} />
        </Section>
      ) : null}
      {steps.committee.length > 0 ? (
        <Section id="naeste-med" title={t.sections.committee(body)}>
          {steps.committee.map((item) => (
            <RoundCard key={item.round.id} item={item} role={null} />
          ))}
        </Section>
      ) : null}
      {steps.unionRep.length > 0 ? (
        <Section id="naeste-tr" title={t.sections.unionRep}>
          {steps.unionRep.map((item) => (
            <RoundCard key={item.round.id} item={item} role={null} />
          ))}
        </Section>
      ) : null}
      {steps.committee.length > 0 || steps.participating.length + steps.leading.length > 1 ? (
        <p className="mt-6">
          <Link href="/runder" className="font-medium text-brand-700 underline underline-offset-4">
            {t.allRounds}
          </Link>
        </p>
      ) : null}
    </>
  );
}
