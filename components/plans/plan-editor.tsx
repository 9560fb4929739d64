"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { Button } from "@/components/ui/button";
import { actionsOf, addAction, maxActions, motivationValues, planText, planValues } from "@/lib/domain/plans/doc";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";
import { PlanAction } from "./plan-action";
import { PlanText } from "./plan-text";
import { PlanChoice, PlanDate, useObserved } from "./plan-values";
import { FieldPresence, PresenceBar, fieldPresence } from "./presence";
import { SignOffPanel, type VersionView } from "./sign-off-panel";
import { usePlanDoc } from "./use-plan-doc";

export type Parties = { self: string; names: Record<string, string> };

const dimensionOptions = vitalisationDimensions.map((dimension) => ({ value: dimension.id, label: dimension.name }));
const motivationOptions = motivationValues.map((value) => ({ value, label: da.plans.editor.motivation[value] }));
const editable = (element: EventTarget) =>
  element instanceof HTMLElement && /^(TEXTAREA|INPUT|SELECT)$/.test(element.tagName) && /^[a-z0-9-]{1,64}$/.test(element.id);

/** The plan the two parties write together, each on their own screen. */
export function PlanEditor({
  planId,
  versions,
  parties,
  themes,
  onPaper,
  kind,
  dimensions = true,
}: {
  planId: string;
  versions: VersionView[];
  parties: Parties;
  themes: string[];
  onPaper?: { kind: "MUS" | "LUS" };
  /** The round's kind: names the parties and the plan (roles.ts). */
  kind: "MUS" | "LUS";
  /** Whether the round is built on the four dimensions; a Tønder round's plan asks no dimension to start with. */
  dimensions?: boolean;
}) {
  const t = da.plans.editor;
  const router = useRouter();
  // Approvals change the versions shown below the plan (rendered on the server): fetch them again.
  // The other party's approval also makes this screen's last sign-off message out of date.
  const [othersApprovals, setOthersApprovals] = useState(0);
  const refresh = useCallback(
    (by: string) => {
      if (by !== parties.self) setOthersApprovals((count) => count + 1);
      router.refresh();
    },
    [parties.self, router],
  );
  const { doc, status, message, presence, setField } = usePlanDoc(planId, refresh);
  const actions = actionsOf(doc);
  useObserved(actions as Y.AbstractType<unknown>);
  const list = actions.toArray();
  const byField = useMemo(() => fieldPresence(presence, parties.names), [presence, parties.names]);
  // Moving from one field to the next blurs one and focuses the other: say only where one lands.
  const leaving = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  return (
    <FieldPresence.Provider value={byField}>
      <section
        aria-label={t.planHeading}
        className="flex flex-col gap-8"
        onFocus={(event) => {
          if (!editable(event.target)) return;
          clearTimeout(leaving.current);
          setField((event.target as HTMLElement).id);
        }}
        onBlur={() => {
          clearTimeout(leaving.current);
          leaving.current = setTimeout(() => setField(null), 200);
        }}
      >
        <div className="sticky top-0 z-10 -mx-2 flex flex-col gap-1 border-b border-slate-200 bg-white px-2 py-2">
          <p
            role="status"
            aria-live="polite"
            className={`font-medium ${status === "saved" ? "text-green-800" : status === "saving" || status === "connecting" ? "text-slate-700" : "text-red-700"}`}
          >
            {da.plans.status[status]}
          </p>
          <PresenceBar entries={presence} names={parties.names} self={parties.self} />
          {message ? (
            <p role="alert" className="font-medium text-red-700">
              {message}
            </p>
          ) : null}
        </div>
        <section aria-labelledby="expectations-heading" className="flex flex-col gap-3">
          <div>
            <h3 id="expectations-heading" className="text-xl font-semibold text-brand-900">
              {t.expectationsHeading}
            </h3>
            <p className="text-slate-700">{dimensions ? t.expectationsLead : t.expectationsLeadWithoutDimensions}</p>
          </div>
          {dimensions ? (
            <PlanChoice
              map={planValues(doc)}
              field="startWith"
              id="plan-start-with"
              label={t.startWith}
              options={dimensionOptions}
              empty={t.startWithNone}
            />
          ) : null}
          <PlanText id="plan-expectations" label={t.expectations} text={planText(doc, "expectations")} rows={3} />
        </section>
        <PlanText id="plan-goals" label={t.goals} hint={t.goalsHint} text={planText(doc, "goals")} rows={5} />
        <PlanChoice
          map={planValues(doc)}
          field="motivated"
          id="plan-motivated"
          label={t.motivated(kind)}
          options={motivationOptions}
          empty={t.notChosen}
        />
        <section aria-labelledby="actions-heading" className="flex flex-col gap-4">
          <div>
            <h3 id="actions-heading" className="text-xl font-semibold text-brand-900">
              {t.actionsHeading}
            </h3>
            <p className="text-slate-700">{t.actionsHint}</p>
          </div>
          {list.length === 0 ? <p className="text-slate-600">{t.noActions}</p> : null}
          {list.map((action, index) => (
            <PlanAction key={index} action={action} index={index} themes={themes} />
          ))}
          {list.length >= 3 ? (
            <p role="note" className="rounded-md border border-amber-600 bg-amber-50 p-3">
              {t.tooManyActions}
            </p>
          ) : null}
          {/* At the limit the server would refuse another, holding back every later change: no button. */}
          {list.length < maxActions ? (
            <div>
              <Button variant="secondary" onClick={() => doc.transact(() => addAction(doc), "local")}>
                {t.addAction}
              </Button>
            </div>
          ) : (
            <p className="text-slate-700">{da.plans.errors.tooManyActions}</p>
          )}
        </section>
        <PlanDate map={planValues(doc)} field="followUpDate" id="plan-follow-up" label={t.followUpDate} hint={t.followUpDateHint} />
        <PlanText id="plan-evaluation" label={t.evaluation} hint={t.evaluationHint} text={planText(doc, "evaluation")} rows={4} />
        <SignOffPanel
          key={othersApprovals}
          planId={planId}
          doc={doc}
          saved={status === "saved"}
          versions={versions}
          dimensions={dimensions}
          kind={kind}
          onPaper={onPaper}
        />
      </section>
    </FieldPresence.Provider>
  );
}
