"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { markPlanFiled } from "@/lib/domain/plans/actions";
import { da } from "@/lib/i18n/da";
import { useFilingStatus } from "./filing-status";

/** HR marks one signed plan as filed in the personnel folder. */
export function MarkFiledButton({ versionId, person }: { versionId: string; person: string }) {
  const t = da.plans.hr;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const announce = useFilingStatus();
  async function mark() {
    setBusy(true);
    try {
      const result = await markPlanFiled({ versionId });
      if (result.ok) {
        announce(t.marked(person));
        router.refresh();
      } else setError(result.formError ?? da.errors.unexpected);
    } catch {
      setError(da.errors.unexpected);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <Button variant="secondary" onClick={mark} disabled={busy} aria-label={t.markFiled(person)}>{busy ? t.marking : t.markFiledShort}</Button>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </div>
  );
}
