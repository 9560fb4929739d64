"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { FormStatusValue } from "@/components/ui/use-action-form";
import { publishRound } from "@/lib/domain/rounds/actions";
import { da } from "@/lib/i18n/da";
import { useRoundVersion } from "./round-version";

type Check = { label: string; done: boolean };

export function PublishPanel({ roundId, checks }: { roundId: string; checks: Check[] }) {
  const t = da.rounds.overview;
  const router = useRouter();
  const { version, setVersion } = useRoundVersion();
  const [status, setStatus] = useState<FormStatusValue>(null);
  const [busy, setBusy] = useState(false);

  async function publish() {
    setBusy(true);
    setStatus(null);
    try {
      const result = await publishRound({ roundId, version });
      if (result.ok) {
        setVersion(result.data.version);
        setStatus({ kind: "success", text: [t.published(result.data.invited), result.data.mailQueued ? t.mailQueued : ""].join(" ").trim() });
        router.refresh();
      } else {
        setStatus({ kind: "error", text: result.formError ?? da.errors.unexpected });
      }
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="publish-heading" className="mt-12 max-w-2xl rounded-md border border-slate-300 p-5">
      <h2 id="publish-heading" className="text-xl font-semibold text-brand-900">{t.publishHeading}</h2>
      <p className="mt-2 text-slate-700">{t.publishLead}</p>
      <h3 className="mt-4 font-semibold">{t.publishChecklist}</h3>
      <ul className="mt-2 flex flex-col gap-1">
        {checks.map((check) => (
          <li key={check.label} className="flex gap-2">
            <span className={check.done ? "font-medium text-green-800" : "font-medium text-red-700"}>{check.done ? t.checkDone : t.checkMissing}</span>
            <span>{check.label}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-col gap-3">
        <FormStatus status={status} />
        <div>
          <Button onClick={publish} disabled={busy}>{busy ? t.publishing : t.publish}</Button>
        </div>
      </div>
    </section>
  );
}
