import { DistributionChart } from "@/components/wrap-up/charts";
import type { UpwardResults } from "@/lib/domain/upward/results";
import { formatDate, formatDecimal } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

const t = da.upward.results;

/**
 * What the leader's own employees said, as the participating leader and the leader's leader see it
 * (the same for both): only aggregates, only after the window, only at the threshold; otherwise why not.
 */
export function UpwardResultsSection({
  results,
  threshold,
  headingLevel = 3,
}: {
  results: UpwardResults;
  threshold: number;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="upward-heading" className="flex flex-col gap-4 rounded-md border border-slate-300 p-4">
      <Heading id="upward-heading" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </Heading>
      {results.status === "teamTooSmall" ? <p>{t.teamTooSmall(threshold)}</p> : null}
      {results.status === "tooFew" ? <p>{t.tooFew(threshold)}</p> : null}
      {results.status === "notYet" ? <p>{t.notYet(formatDate(results.closesOn))}</p> : null}
      {results.status === "shown" ? (
        <>
          <p>{t.summary(results.n)}</p>
          <p className="text-sm text-slate-700">{t.sameForBoth}</p>
          {results.dimensions.map((dimension) => (
            <div key={dimension.id} className="flex flex-col gap-1">
              <Sub className="font-semibold text-brand-900">{t.mean(dimension.name, formatDecimal(dimension.figure.mean))}</Sub>
              <DistributionChart caption={t.distributionCaption(dimension.name)} series={[t.series]} counts={[dimension.figure.counts]} />
            </div>
          ))}
          {results.texts === null ? (
            <p className="text-sm text-slate-700">{t.freeTextOff}</p>
          ) : (
            results.texts.map((text, index) => (
              <div key={index} className="flex flex-col gap-2">
                <Sub className="font-semibold text-brand-900">{t.freeTextHeading(text.question)}</Sub>
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
  );
}
