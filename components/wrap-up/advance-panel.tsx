"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useRoundVersion } from "@/components/rounds/round-version";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { FormStatusValue } from "@/components/ui/use-action-form";
import type { RoundState } from "@/lib/domain/rounds/state-machine";
import { advanceRound, startNextRound } from "@/lib/domain/wrap-up/actions";
import { da } from "@/lib/i18n/da";

const t = da.wrapUp.advance;
const nextStep: Partial<Record<RoundState, "startConversations" | "startWrapUp" | "startFollowUp" | "close">> = {
  PREPARATION: "startConversations",
  CONVERSATIONS: "startWrapUp",
  WRAP_UP: "startFollowUp",
  FOLLOW_UP: "close",
};

/** The one button that moves the round to its next phase, with what that means. */
export function AdvancePanel({ roundId, state }: { roundId: string; state: RoundState }) {
  const router = useRouter();
  const { version, setVersion } = useRoundVersion();
  const [status, setStatus] = useState<FormStatusValue>(null);
  const [busy, setBusy] = useState(false);
  const step = nextStep[state];
  if (!step) return null;

  async function advance() {
    if (!step) return;
    setBusy(true);
    setStatus(null);
    try {
      const result = await advanceRound({ roundId, version, to: step });
      if (result.ok) {
        setVersion(result.data.version);
        setStatus({ kind: "success", text: result.data.state === "CLOSED" ? t.closed : t.moved(da.rounds.state.names[result.data.state]) });
        router.refresh();
      } else setStatus({ kind: "error", text: result.formError ?? da.errors.unexpected });
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="advance-heading" className="mb-10 max-w-2xl rounded-md border border-slate-300 p-5">
      <h2 id="advance-heading" className="text-xl font-semibold text-brand-900">{t.heading}</h2>
      <p className="mt-1">{t.now(da.rounds.state.names[state])}</p>
      <p className="mt-2 text-slate-700">{t[`${step}Lead`]}</p>
      <div className="mt-4 flex flex-col gap-3">
        <FormStatus status={status} />
        <div>
          <Button onClick={advance} disabled={busy}>{busy ? t.busy : t[step]}</Button>
        </div>
      </div>
    </section>
  );
}

/** From a closed round: next year's round, with its groups, questions, people and carried-over actions. */
export function NextRoundPanel({ roundId, next }: { roundId: string; next: { id: string; title: string } | null }) {
  const router = useRouter();
  const [status, setStatus] = useState<FormStatusValue>(null);
  const [busy, setBusy] = useState(false);
  async function start() {
    setBusy(true);
    setStatus(null);
    try {
      const result = await startNextRound({ roundId });
      if (result.ok) router.push(`/runder/${result.data.id}`);
      else setStatus({ kind: "error", text: result.formError ?? da.errors.unexpected });
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="next-heading" className="mb-10 max-w-2xl rounded-md border border-slate-300 p-5">
      <h2 id="next-heading" className="text-xl font-semibold text-brand-900">{t.nextHeading}</h2>
      <p className="mt-1" role="note">{da.wrapUp.followUp.readOnly}</p>
      {next ? (
        <p className="mt-3">
          <a className="font-medium text-brand-700 underline" href={`/runder/${next.id}`}>{t.openNext(next.title)}</a>
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t.nextLead}</p>
          <div className="mt-4 flex flex-col gap-3">
            <FormStatus status={status} />
            <div>
              <Button onClick={start} disabled={busy}>{busy ? t.busy : t.next}</Button>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
