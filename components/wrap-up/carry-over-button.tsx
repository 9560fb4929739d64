"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { setCarriedOver } from "@/lib/domain/wrap-up/actions";
import { da } from "@/lib/i18n/da";

const t = da.wrapUp.followUp;

/** Carries a person's plan over to next year's round explicitly (or takes that back). */
export function CarryOverButton({ roundId, participantId, name, carriedOver }: { roundId: string; participantId: string; name: string; carriedOver: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      const result = await setCarriedOver({ roundId, participantId, carriedOver: !carriedOver });
      if (result.ok) router.refresh();
      else setError(result.formError ?? da.errors.unexpected);
    } catch {
      setError(da.errors.unexpected);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <Button variant="secondary" disabled={busy} onClick={toggle}>{carriedOver ? t.undoCarryOver(name) : t.carryOver(name)}</Button>
      {error ? <p role="alert" className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
