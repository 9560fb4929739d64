import { PlanTimer } from "@/components/plans/plan-timer";
import { da } from "@/lib/i18n/da";

/**
 * What makes a good conversation, beside the plan: the six principles (Tønder's leaders' guide),
 * what does not belong in it, at least 15 minutes for the plan with a clock the pair can start
 * (Aarhus), "hellere lidt, men godt", and the evaluation at the end.
 */
export function ConversationGuidance({ kind }: { kind: "MUS" | "LUS" }) {
  const t = da.guidance.conversation;
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="principles-heading">
        <h4 id="principles-heading" className="font-semibold">
          {t.principlesHeading}
        </h4>
        <ol className="mt-1 flex list-decimal flex-col gap-1 pl-6">
          {t.principles(kind).map((principle) => (
            <li key={principle}>{principle}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="not-part-heading">
        <h4 id="not-part-heading" className="font-semibold">
          {t.notPartHeading}
        </h4>
        <p>{t.notPart(kind)}</p>
      </section>
    </div>
  );
}

/** The plan's time, its clock, and how to end: kept in view rather than folded away. */
export function PlanTimeBox({ kind }: { kind: "MUS" | "LUS" }) {
  const t = da.guidance.conversation;
  return (
    <div className="flex flex-col gap-3 rounded-md border border-brand-700 bg-brand-50 p-4">
      <p className="font-semibold">{t.planHeading}</p>
      <ul className="list-inside list-disc">
        <li>{t.planTime(kind)}</li>
        <li>{t.littleButGood}</li>
        <li>{t.broad}</li>
      </ul>
      <PlanTimer />
      <p className="font-semibold">{t.evaluationHeading}</p>
      <p>{t.evaluation(kind)}</p>
    </div>
  );
}
