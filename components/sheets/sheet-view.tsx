import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { FieldMap } from "@/lib/domain/sheets/fields";
import { answerParts, type SheetLayout } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";
import { RadarChart } from "./radar-chart";

type Theme = { id: string; title: string; questions: { id: string; text: string; prioritised: boolean }[] };

function Answer({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <p className="whitespace-pre-line">{typeof value === "string" && value.trim() !== "" ? value : da.sheets.view.empty}</p>
    </div>
  );
}

/**
 * A sheet, read-only: for the leader once it is shared, and for paper. Text is shown as text.
 * `owner` is the name of the person whose sheet it is when someone else reads it (the leader, or in
 * LUS the leader's leader), null on one's own: the scores are "yours" only to their owner.
 */
export function SheetView({
  fields,
  themes,
  layout,
  previous,
  owner,
}: {
  fields: FieldMap;
  themes: Theme[];
  layout: SheetLayout;
  previous: Record<string, number> | null;
  owner: string | null;
}) {
  const t = da.sheets.own;
  const scores = Object.fromEntries(
    vitalisationDimensions.map((dimension) => [dimension.id, fields[`score.${dimension.id}`] as number | null | undefined]),
  );
  const startWith = vitalisationDimensions.find((dimension) => dimension.id === fields.startWith);
  return (
    <div className="flex flex-col gap-8">
      {layout.hasScores ? (
        <section className="flex flex-col gap-4">
          <h3 className="text-xl font-semibold text-brand-900">{t.dimensionsHeading}</h3>
          <RadarChart
            dimensions={vitalisationDimensions}
            scores={scores}
            previous={previous}
            caption={owner === null ? t.chartCaption : da.sheets.view.chartCaption(owner)}
          />
          {vitalisationDimensions.map((dimension) => (
            <Answer key={dimension.id} label={da.sheets.view.comment(dimension.name)} value={fields[`comment.${dimension.id}`]} />
          ))}
          <Answer label={t.startWith} value={startWith?.name ?? ""} />
        </section>
      ) : null}
      <section className="flex flex-col gap-4">
        <h3 className="text-xl font-semibold text-brand-900">{t.themesHeading}</h3>
        {themes.map((theme) => (
          <div key={theme.id} className="flex flex-col gap-3">
            <h4 className="text-lg font-semibold">{theme.title}</h4>
            {theme.questions.map((question) => (
              <div key={question.id} className="flex flex-col gap-2 border-l-4 border-slate-200 pl-4 break-inside-avoid">
                <p className="font-medium">{question.text}</p>
                {answerParts(layout).map((part) => (
                  <Answer key={part} label={t[part]} value={fields[`answer.${question.id}.${part}`]} />
                ))}
              </div>
            ))}
          </div>
        ))}
        <Answer label={t.otherCommon} value={fields.otherCommon} />
        <Answer label={t.otherIndividual} value={fields.otherIndividual} />
      </section>
    </div>
  );
}
