"use client";

import * as Y from "yjs";
import { Button } from "@/components/ui/button";
import { addSubtask, developmentForms, maxSubtasks, subtasksOf, taskStates } from "@/lib/domain/plans/doc";
import { da } from "@/lib/i18n/da";
import { PlanText } from "./plan-text";
import { PlanCheckbox, PlanChoice, PlanDate, useObserved } from "./plan-values";

const t = da.plans.editor;
const stateOptions = taskStates.map((state) => ({ value: state, label: t.taskStates[state] }));
const formOptions = developmentForms.map((form) => ({ value: form, label: t.forms[form] }));

function Subtasks({ action, prefix }: { action: Y.Map<unknown>; prefix: string }) {
  const subtasks = subtasksOf(action);
  useObserved((subtasks ?? action) as Y.AbstractType<unknown>);
  if (!subtasks) return null;
  const list = subtasks.toArray();
  return (
    <fieldset className="flex flex-col gap-3 border-t border-slate-200 pt-3">
      <legend className="font-medium">{t.subtasks}</legend>
      {list.length > 0 ? (
        <ol className="flex flex-col gap-3">
          {list.map((task, index) => (
            <li key={index} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
              <PlanText id={`${prefix}-task-${index}`} label={t.subtask(index + 1)} text={task.get("text") as Y.Text} rows={1} />
              <PlanChoice
                map={task}
                field="state"
                id={`${prefix}-task-${index}-state`}
                label={t.subtaskState(index + 1)}
                options={stateOptions}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {list.length < maxSubtasks ? (
        <div>
          <Button variant="secondary" onClick={() => action.doc!.transact(() => addSubtask(action), "local")}>
            {t.addSubtask}
          </Button>
        </div>
      ) : (
        <p className="text-slate-700">{da.plans.errors.tooManySubtasks}</p>
      )}
    </fieldset>
  );
}

/** One practice action: what, how, support, who, by when, theme and form, waits for the wrap-up, sub-tasks. */
export function PlanAction({ action, index, themes }: { action: Y.Map<unknown>; index: number; themes: string[] }) {
  useObserved(action as Y.AbstractType<unknown>);
  const prefix = `action-${index}`;
  const carriedFrom = action.get("carriedFrom");
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{t.action(index + 1)}</legend>
      {typeof carriedFrom === "string" && carriedFrom ? (
        <p className="w-fit rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-950">{t.carriedFrom(carriedFrom)}</p>
      ) : null}
      <PlanText id={`${prefix}-what`} label={t.what} text={action.get("what") as Y.Text} rows={2} />
      <PlanText id={`${prefix}-how`} label={t.how} text={action.get("how") as Y.Text} rows={2} />
      <PlanText id={`${prefix}-support`} label={t.support} text={action.get("support") as Y.Text} rows={2} />
      <PlanText id={`${prefix}-who`} label={t.who} text={action.get("who") as Y.Text} rows={1} />
      <PlanDate map={action} field="byWhen" id={`${prefix}-by-when`} label={t.byWhen} />
      <div className="flex flex-wrap gap-4">
        <PlanChoice
          map={action}
          field="theme"
          id={`${prefix}-theme`}
          label={t.theme}
          options={themes.map((theme) => ({ value: theme, label: theme }))}
          empty={t.notChosen}
        />
        <PlanChoice map={action} field="form" id={`${prefix}-form`} label={t.form} options={formOptions} empty={t.notChosen} />
      </div>
      <PlanCheckbox map={action} field="waitsForWrapUp" id={`${prefix}-waits`} label={t.waitsForWrapUp} />
      <Subtasks action={action} prefix={prefix} />
    </fieldset>
  );
}
