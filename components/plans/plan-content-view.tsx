import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import type { DevelopmentForm, Motivation, PlanContent } from "@/lib/domain/plans/doc";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";

const t = da.plans.editor;

function Entry({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line">{value.trim() ? value : da.sheets.view.empty}</dd>
    </div>
  );
}

/**
 * A version of the plan as it was approved, read-only (text shown as text). Null is a stored version
 * that fits no known shape (lib/domain/plans/stored/): said so, never shown with guessed values.
 */
export function PlanContentView({
  content,
  kind,
  dimensions = true,
}: {
  content: PlanContent | null;
  /** The round's kind: names the parties (roles.ts). */
  kind: "MUS" | "LUS";
  dimensions?: boolean;
}) {
  if (!content)
    return (
      <p role="note" className="font-medium text-red-700">
        {da.plans.signOff.unreadable}
      </p>
    );
  const startWith = vitalisationDimensions.find((dimension) => dimension.id === content.startWith)?.name ?? "";
  return (
    <dl className="flex flex-col gap-3">
      {/* A round without dimensions asks none to start with (a value stored anyway is still shown). */}
      {dimensions || startWith ? <Entry label={t.startWith} value={startWith} /> : null}
      <Entry label={t.expectations} value={content.expectations} />
      <Entry label={t.goals} value={content.goals} />
      <Entry label={t.motivated(kind)} value={content.motivated ? (t.motivation[content.motivated as Motivation] ?? "") : ""} />
      {content.actions.map((action, index) => (
        <div key={index} className="flex flex-col gap-2 border-l-4 border-slate-200 pl-3">
          <dt className="font-semibold">{t.action(index + 1)}</dt>
          <dd>
            <dl className="flex flex-col gap-2">
              <Entry label={t.what} value={action.what} />
              <Entry label={t.how} value={action.how} />
              <Entry label={t.support} value={action.support} />
              <Entry label={t.who} value={action.who} />
              <Entry label={t.byWhen} value={toDanishDate(action.byWhen)} />
              <Entry label={t.theme} value={action.theme} />
              <Entry label={t.form} value={action.form ? (t.forms[action.form as DevelopmentForm] ?? "") : ""} />
              {action.waitsForWrapUp ? <Entry label={t.wrapUp} value={t.waitsForWrapUp} /> : null}
              {action.subtasks.map((task, taskIndex) => (
                <Entry key={taskIndex} label={`${t.subtask(taskIndex + 1)} (${t.taskStates[task.state]})`} value={task.text} />
              ))}
            </dl>
          </dd>
        </div>
      ))}
      <Entry label={t.followUpDate} value={toDanishDate(content.followUpDate)} />
      <Entry label={t.evaluation} value={content.evaluation} />
    </dl>
  );
}
