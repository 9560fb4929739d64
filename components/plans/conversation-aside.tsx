import { ConversationGuidance, PlanTimeBox } from "@/components/guidance/conversation-guidance";
import { DimensionLines, DimensionOrigin } from "@/components/guidance/dimension-lines";
import { LeaderNoteForm } from "@/components/sheets/leader-note-form";
import { SheetView } from "@/components/sheets/sheet-view";
import { keywordsFor, vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { FieldMap, RevisionMap } from "@/lib/domain/sheets/fields";
import type { SheetLayout } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";
import { FoldPanel as Panel } from "./fold-panel";

type Theme = { id: string; title: string; questions: { id: string; text: string; prioritised: boolean }[] };

export type AsideProps = {
  employeeName: string;
  isLeader: boolean;
  participantId: string;
  sheet: {
    fields: FieldMap;
    themes: Theme[];
    layout: SheetLayout;
    previous: Record<string, number> | null;
    registeredBy?: string | null;
  } | null;
  /** A paper form the leader typed in beside the employee's own sheet (leader's screen only). */
  paper?: { fields: FieldMap; themes: Theme[]; layout: SheetLayout; registeredBy: string } | null;
  kind: "MUS" | "LUS";
  note: { fields: FieldMap; revisions: RevisionMap } | null;
  themes: Theme[];
  /** Whether the round's sheet has the four dimensions (layout.ts): a Tønder round's guide has none. */
  dimensions: boolean;
  guideHref: string;
};

/**
 * What lies on the table during the conversation: the shared sheet, the leader's own notes (on
 * the leader's screen only), the guide with each dimension's keywords and the round's questions,
 * and the prompts that make the talk concrete. Panels fold away on a tablet.
 */
export function ConversationAside({
  employeeName,
  isLeader,
  participantId,
  sheet,
  note,
  paper,
  kind,
  themes,
  dimensions,
  guideHref,
}: AsideProps) {
  const t = da.plans.guide;
  return (
    <aside aria-labelledby="aside-heading" className="flex flex-col gap-3">
      <h3 id="aside-heading" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h3>
      <div className="rounded-md border border-brand-700 bg-brand-50 p-4">
        <p className="font-semibold">{t.promptsHeading}</p>
        <ul className="mt-1 list-inside list-disc">
          {t.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </div>
      {/* Folded: read before the talk and when needed; the sheet is what lies open during it. */}
      <Panel summary={da.guidance.conversation.heading}>
        <ConversationGuidance kind={kind} />
      </Panel>
      <Panel summary={isLeader ? t.sheet(employeeName) : t.ownSheet} openWhenWide>
        {sheet ? (
          <>
            {sheet.registeredBy ? (
              <p className="mb-3 rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800">
                {isLeader ? da.paper.registration.mark(kind, sheet.registeredBy) : da.paper.registration.markOwn(sheet.registeredBy)}
              </p>
            ) : null}
            <SheetView
              fields={sheet.fields}
              themes={sheet.themes}
              layout={sheet.layout}
              previous={sheet.previous}
              owner={isLeader ? employeeName : null}
            />
          </>
        ) : (
          <p className="text-slate-700">{t.sheetMissing}</p>
        )}
      </Panel>
      {isLeader && paper ? (
        <Panel summary={da.paper.registration.paperHeading(paper.registeredBy)} openWhenWide>
          <SheetView fields={paper.fields} themes={paper.themes} layout={paper.layout} previous={null} owner={employeeName} />
        </Panel>
      ) : null}
      {isLeader && note ? (
        <Panel summary={t.notes} openWhenWide>
          <LeaderNoteForm participantId={participantId} kind={kind} fields={note.fields} revisions={note.revisions} />
        </Panel>
      ) : null}
      <Panel summary={t.guideHeading}>
        <p className="mb-2 text-slate-700">{dimensions ? t.guideLead : t.guideLeadWithoutDimensions}</p>
        <p className="mb-4">
          <a href={guideHref} className="inline-block min-h-11 py-2 font-medium text-brand-700 underline underline-offset-4">
            {da.plans.guidePdf.download}
          </a>
        </p>
        <div className="flex flex-col gap-5">
          {dimensions ? <DimensionOrigin /> : null}
          {(dimensions ? vitalisationDimensions : []).map((dimension) => (
            <section key={dimension.id} aria-label={dimension.name}>
              <p className="font-semibold">{dimension.name}</p>
              <p className="text-slate-700">{dimension.definition}</p>
              <p className="mt-1 text-sm font-medium text-slate-600">{t.keywords}</p>
              <ul className="list-inside list-disc">
                {keywordsFor(dimension, kind).map((keyword) => (
                  <li key={keyword}>{keyword}</li>
                ))}
              </ul>
              <DimensionLines id={dimension.id} kind={kind} />
            </section>
          ))}
          {themes.length > 0 ? (
            <section aria-label={t.roundQuestions}>
              <p className="font-semibold">{t.roundQuestions}</p>
              {themes.map((theme) => (
                <div key={theme.id} className="mt-2">
                  <p className="font-medium">{theme.title}</p>
                  <ul className="list-inside list-disc">
                    {theme.questions.map((question) => (
                      <li key={question.id}>{question.text}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ) : null}
        </div>
      </Panel>
      {/* Open beside the plan on a laptop; folded on a tablet, where the panels sit above the plan,
          so the plan's first field stays within reach. */}
      <Panel summary={da.guidance.conversation.planHeading} openWhenWide>
        <PlanTimeBox kind={kind} />
      </Panel>
      <div className="rounded-md border border-slate-300 p-4">
        <p className="font-semibold">{t.roundOffHeading}</p>
        <p>{t.roundOff}</p>
      </div>
    </aside>
  );
}
