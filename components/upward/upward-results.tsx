import { FoldPanel } from "@/components/plans/fold-panel";
import { DistributionChart } from "@/components/wrap-up/charts";
import type { UpwardResults } from "@/lib/domain/upward/results";
import { formatDate, formatDecimal } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

const t = da.upward.results;

/**
 * What the leader's own employees said, as the participating leader and the leader's leader see it
 * (the same for both): only aggregates, only after the window, only at the threshold; otherwise why not.
 * A fold panel, as the conversation's other side panels: open beside the plan, folded on a tablet.
 */
export function UpwardResultsSection({ results, threshold }: { results: UpwardResults; threshold: number }) {
  return (
    <FoldPanel summary={t.heading} openWhenWide>
      <section aria-label={t.heading} className="flex flex-col gap-4">
        {results.status === "teamTooSmall" ? <p>{t.teamTooSmall(threshold)}</p> : null}
        {results.status === "tooFew" ? <p>{t.tooFew(threshold)}</p> : null}
        {results.status === "notYet" ? <p>{t.notYet(formatDate(results.closesOn))}</p> : null}
        {results.status === "shown" ? (
          <>
            <p>{t.summary(results.n)}</p>
            <p className="text-sm text-slate-700">{t.sameForBoth}</p>
            {results.dimensions.map((dimension) => (
              <div key={dimension.id} className="flex flex-col gap-1">
                <h4 className="font-semibold text-brand-900">{t.mean(dimension.name, formatDecimal(dimension.figure.mean))}</h4>
                <DistributionChart caption={t.distributionCaption(dimension.name)} series={[t.series]} counts={[dimension.figure.counts]} />
              </div>
            ))}
            {results.texts === null ? (
              <p className="text-sm text-slate-700">{t.freeTextOff}</p>
            ) : (
              results.texts.map((text, index) => (
                <div key={index} className="flex flex-col gap-2">
                  <h4 className="font-semibold text-brand-900">{t.freeTextHeading(text.question)}</h4>
                  {text.answers ? (
                    <>
                      <p className="text-sm text-slate-700">{t.freeTextNote}</p>
                      <ul className="flex list-disc flex-col gap-1 pl-6">
                        {text.answers.map((answer, position) => (
                          <li key={position} className="whitespace-pre-line break-words">
                            {answer}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>{t.freeTextTooFew(threshold)}</p>
                  )}
                </div>
              ))
            )}
          </>
        ) : null}
      </section>
    </FoldPanel>
  );
}
