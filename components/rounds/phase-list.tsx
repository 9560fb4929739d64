import { CheckMark } from "@/components/ui/check-mark";
import type { PhaseStatus } from "@/lib/domain/rounds/steps";
import { da } from "@/lib/i18n/da";

type Phase = { state: keyof typeof da.rounds.phases.names; status: PhaseStatus; when: string | null };

const marker: Record<PhaseStatus, string> = {
  done: "border-green-800 bg-white",
  current: "border-brand-700 bg-brand-700 text-white",
  later: "border-slate-500 bg-white text-slate-700",
};

/**
 * The round's phases as an ordered list: done, now (aria-current="step") and later, each said in
 * words as well as drawn, so the state never rests on colour.
 */
export function PhaseList({ phases }: { phases: Phase[] }) {
  const t = da.rounds.phases;
  return (
    <section aria-labelledby="faser-heading" className="mb-8">
      <h2 id="faser-heading" className="sr-only">
        {t.heading}
      </h2>
      <ol className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {phases.map((phase, index) => (
          <li
            key={phase.state}
            aria-current={phase.status === "current" ? "step" : undefined}
            className={`flex items-start gap-3 rounded-md border p-3 lg:flex-col lg:gap-2 ${phase.status === "current" ? "border-2 border-brand-700 bg-brand-50" : "border-slate-300"}`}
          >
            <span
              aria-hidden="true"
              className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 font-semibold ${marker[phase.status]}`}
            >
              {phase.status === "done" ? <CheckMark className="h-7 w-7 text-green-800" /> : index + 1}
            </span>
            <span className="flex flex-col">
              <span className={`font-semibold ${phase.status === "later" ? "text-slate-700" : "text-brand-900"}`}>
                {t.names[phase.state]}
              </span>
              <span
                className={`text-sm ${phase.status === "current" ? "font-semibold text-brand-900" : phase.status === "done" ? "text-green-800" : "text-slate-700"}`}
              >
                {t.status[phase.status]}
              </span>
              {phase.when ? <span className="text-sm text-slate-700">{phase.when}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
