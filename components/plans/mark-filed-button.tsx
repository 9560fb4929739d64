"use client";

import { Button } from "@/components/ui/button";
import { useActionButton } from "@/components/ui/use-action-button";
import { markPlanFiled } from "@/lib/domain/plans/actions";
import { da } from "@/lib/i18n/da";
import { useFilingStatus } from "./filing-status";

/** HR marks one signed plan as filed in the personnel folder. */
export function MarkFiledButton({ versionId, person }: { versionId: string; person: string }) {
  const t = da.plans.hr;
  const { status, busy, run } = useActionButton();
  const announce = useFilingStatus();
  // The confirmation goes above the list (the row leaves it when the page refreshes).
  const mark = () =>
    run(
      () => markPlanFiled({ versionId }),
      () => {
        announce(t.marked(person));
        return null;
      },
    );
  return (
    <div className="flex flex-col gap-1">
      <Button variant="secondary" onClick={mark} disabled={busy} aria-label={t.markFiled(person)}>
        {busy ? t.marking : t.markFiledShort}
      </Button>
      {status?.kind === "error" ? (
        <p role="alert" className="text-red-700">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
