"use client";

import { useEffect, useState } from "react";
import * as Y from "yjs";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { actionsOf, addAction, planText, planValues } from "@/lib/domain/plans/doc";
import { da } from "@/lib/i18n/da";
import { PlanText } from "./plan-text";
import { SignOffPanel, type VersionView } from "./sign-off-panel";
import { usePlanDoc } from "./use-plan-doc";

/** Re-renders when the observed shared type (or anything inside it) changes. */
function useObserved(type: Y.AbstractType<unknown>) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((tick) => tick + 1);
    type.observeDeep(bump);
    return () => type.unobserveDeep(bump);
  }, [type]);
}

function Value({ map, field, id, label, type }: { map: Y.Map<unknown>; field: string; id: string; label: string; type: "date" | "checkbox" }) {
  useObserved(map as Y.AbstractType<unknown>);
  const value = map.get(field);
  if (type === "checkbox") {
    return (
      <label className="flex min-h-11 items-center gap-3">
        <input id={id} type="checkbox" className="h-5 w-5" checked={value === true} onChange={(event) => map.doc!.transact(() => map.set(field, event.target.checked), "local")} />
        {label}
      </label>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      <input id={id} type="date" className={`${inputClass} w-48`} value={typeof value === "string" ? value : ""} onChange={(event) => map.doc!.transact(() => map.set(field, event.target.value), "local")} />
    </div>
  );
}

export function PlanEditor({ planId, versions }: { planId: string; versions: VersionView[] }) {
  const t = da.plans.editor;
  const { doc, status, message } = usePlanDoc(planId);
  const actions = actionsOf(doc);
  useObserved(actions as Y.AbstractType<unknown>);
  const list = actions.toArray();
  return (
    <div className="flex flex-col gap-8">
      <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center gap-4 border-b border-slate-200 bg-white/95 px-2 py-2">
        <p role="status" aria-live="polite" className={`font-medium ${status === "saved" ? "text-green-800" : status === "saving" || status === "connecting" ? "text-slate-700" : "text-red-700"}`}>
          {da.plans.status[status]}
        </p>
        {message ? <p role="alert" className="font-medium text-red-700">{message}</p> : null}
      </div>
      <PlanText id="plan-goals" label={t.goals} hint={t.goalsHint} text={planText(doc, "goals")} rows={5} />
      <section aria-labelledby="actions-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="actions-heading" className="text-xl font-semibold text-brand-900">{t.actionsHeading}</h2>
          <p className="text-slate-700">{t.actionsHint}</p>
        </div>
        {list.length === 0 ? <p className="text-slate-600">{t.noActions}</p> : null}
        {list.map((action, index) => (
          <fieldset key={index} className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
            <legend className="px-1 font-semibold">{t.action(index + 1)}</legend>
            <PlanText id={`action-${index}-what`} label={t.what} text={action.get("what") as Y.Text} rows={2} />
            <PlanText id={`action-${index}-how`} label={t.how} text={action.get("how") as Y.Text} rows={2} />
            <PlanText id={`action-${index}-support`} label={t.support} text={action.get("support") as Y.Text} rows={2} />
            <PlanText id={`action-${index}-who`} label={t.who} text={action.get("who") as Y.Text} rows={1} />
            <Value map={action} field="byWhen" id={`action-${index}-by-when`} label={t.byWhen} type="date" />
            <Value map={action} field="waitsForWrapUp" id={`action-${index}-waits`} label={t.waitsForWrapUp} type="checkbox" />
          </fieldset>
        ))}
        {list.length >= 3 ? <p role="note" className="rounded-md border border-amber-600 bg-amber-50 p-3">{t.tooManyActions}</p> : null}
        <div>
          <Button variant="secondary" onClick={() => doc.transact(() => addAction(doc), "local")}>{t.addAction}</Button>
        </div>
      </section>
      <Value map={planValues(doc)} field="followUpDate" id="plan-follow-up" label={t.followUpDate} type="date" />
      <PlanText id="plan-evaluation" label={t.evaluation} hint={t.evaluationHint} text={planText(doc, "evaluation")} rows={4} />
      <SignOffPanel planId={planId} doc={doc} saved={status === "saved"} versions={versions} />
    </div>
  );
}
