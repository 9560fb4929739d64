import { CheckMark } from "@/components/ui/check-mark";
import type { ChecklistGroup } from "@/lib/domain/rounds/checklist";
import { da } from "@/lib/i18n/da";

/** The leader's checklist on the round's page: each step ticked from what the app sees (lib/domain/rounds/checklist.ts). */
export function RoundChecklist({
  groups,
  kind,
  policyLinks,
}: {
  groups: ChecklistGroup[];
  kind: "MUS" | "LUS";
  /** The municipality's policies to consider, listed under that step (Administration sets them). */
  policyLinks: { title: string; url: string }[];
}) {
  const t = da.guidance.checklist;
  const words = t.steps(kind);
  return (
    <section aria-labelledby="checklist-heading" className="mb-10 max-w-2xl rounded-md border border-slate-300 p-5">
      <h2 id="checklist-heading" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h2>
      <p className="mt-1 text-slate-700">{t.lead}</p>
      {groups.map((group) => (
        <div key={group.key} className="mt-4">
          <h3 className="font-semibold">{t.groups[group.key]}</h3>
          <ul className="mt-1 flex flex-col gap-2">
            {group.steps.map((step) => (
              <li key={step.key} data-step={step.key} data-done={step.done === null ? "advice" : String(step.done)} className="flex gap-2">
                {step.done ? (
                  <CheckMark className="mt-1 h-4 w-4 text-green-800" />
                ) : (
                  <span
                    aria-hidden="true"
                    className={`mt-1 inline-block h-4 w-4 shrink-0 rounded-full border-2 ${step.done === null ? "border-dashed border-slate-400" : "border-slate-500"}`}
                  />
                )}
                <span className="min-w-0">
                  {words[step.key]}
                  {step.count && step.count.of > 0 ? (
                    <span className="ml-1 text-slate-600">{t.count(step.count.done, step.count.of)}</span>
                  ) : null}
                  <span className="sr-only">{t.state(step.done)}</span>
                  {step.key === "policies" && policyLinks.length > 0 ? (
                    <ul aria-label={da.guidanceSettings.checklistHeading} className="mt-1 flex list-disc flex-col gap-1 pl-5">
                      {policyLinks.map((link) => (
                        <li key={link.url + link.title}>
                          <a href={link.url} rel="noreferrer" className="font-medium text-brand-700 underline underline-offset-4">
                            {link.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
