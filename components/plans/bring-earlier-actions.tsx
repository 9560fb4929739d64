"use client";

import { Button } from "@/components/ui/button";
import { useActionButton } from "@/components/ui/use-action-button";
import { bringEarlierPlanActions } from "@/lib/domain/plans/actions";
import { da } from "@/lib/i18n/da";

const t = da.plans.carryOver;

/**
 * On the employee's screen only, when a new leader meant last plan's unfinished actions were not
 * carried by themselves: bringing them along is the employee's choice, since the new leader sees them.
 */
export function BringEarlierActions({ planId, roundTitle, count }: { planId: string; roundTitle: string; count: number }) {
  const { status, busy, run } = useActionButton();
  return (
    <section aria-labelledby="earlier-actions-heading" className="flex flex-col gap-2 rounded-md border border-slate-300 p-4">
      <h3 id="earlier-actions-heading" className="text-lg font-semibold text-brand-900">
        {t.heading}
      </h3>
      <p>{t.lead(roundTitle, count)}</p>
      <Button className="w-fit" variant="secondary" disabled={busy} onClick={() => run(() => bringEarlierPlanActions({ planId }))}>
        {t.button}
      </Button>
      {status?.kind === "error" ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
