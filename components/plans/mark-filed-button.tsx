"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { markPlanFiled } from "@/lib/domain/plans/actions";
import { da } from "@/lib/i18n/da";

/** HR marks one signed plan as filed in the personnel folder. */
export function MarkFiledButton({ versionId, person }: { versionId: string; person: string }) {
  const t = da.plans.hr;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  async function mark() {
    setBusy(true);
    try {
      const result = await markPlanFiled({ versionId });
      setMessage(result.ok ? { kind: "success", text: t.marked(person) } : { kind: "error", text: result.formError ?? da.errors.unexpected });
      if (result.ok) router.refresh();
    } catch {
      setMessage({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <Button variant="secondary" onClick={mark} disabled={busy} aria-label={t.markFiled(person)}>{busy ? t.marking : t.markFiledShort}</Button>
      {message ? <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "text-red-700" : "text-green-800"}>{message.text}</p> : null}
    </div>
  );
}
