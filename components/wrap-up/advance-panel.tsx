"use client";

import { useRouter } from "next/navigation";
import { useRoundVersion } from "@/components/rounds/round-version";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
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

/**
 * The one button that moves the round to its next phase, with what that means. It is the page's
 * main button only when moving on is what comes next; otherwise the next step's link is, and
 * this one is secondary (after publishing, booking the conversations matters more than the phase).
 */
export function AdvancePanel({ roundId, state, primary }: { roundId: string; state: RoundState; primary: boolean }) {
  const { version, setVersion } = useRoundVersion();
  const { status, busy, run } = useActionButton();
  const step = nextStep[state];
  if (!step) return null;
  const advance = () =>
    run(
      () => advanceRound({ roundId, version, to: step }),
      (data) => {
        setVersion(data.version);
        return data.state === "CLOSED" ? t.closed : t.moved(da.rounds.state.names[data.state]);
      },
    );

  return (
    <section
      id="naeste-fase"
      aria-labelledby="advance-heading"
      className="mb-10 max-w-2xl scroll-mt-4 rounded-md border border-slate-300 p-5"
    >
      <h2 id="advance-heading" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h2>
      <p className="mt-1">{t.now(da.rounds.state.names[state])}</p>
      <p className="mt-2 text-slate-700">{t[`${step}Lead`]}</p>
      <div className="mt-4 flex flex-col gap-3">
        <FormStatus status={status} />
        <div>
          <Button variant={primary ? "primary" : "secondary"} onClick={advance} disabled={busy}>
            {busy ? t.busy : t[step]}
          </Button>
        </div>
      </div>
    </section>
  );
}

/** From a closed round: next year's round, with its groups, questions, people and carried-over actions. */
export function NextRoundPanel({ roundId, next }: { roundId: string; next: { id: string; title: string } | null }) {
  const router = useRouter();
  const { status, busy, run } = useActionButton();
  const start = () =>
    run(
      () => startNextRound({ roundId }),
      (data) => {
        router.push(`/runder/${data.id}`);
        return null;
      },
    );
  return (
    <section aria-labelledby="next-heading" className="mb-10 max-w-2xl rounded-md border border-slate-300 p-5">
      <h2 id="next-heading" className="text-xl font-semibold text-brand-900">
        {t.nextHeading}
      </h2>
      <p className="mt-1" role="note">
        {da.wrapUp.followUp.readOnly}
      </p>
      {next ? (
        <p className="mt-3">
          <a className="font-medium text-brand-700 underline" href={`/runder/${next.id}`}>
            {t.openNext(next.title)}
          </a>
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t.nextLead}</p>
          <div className="mt-4 flex flex-col gap-3">
            <FormStatus status={status} />
            <div>
              <Button onClick={start} disabled={busy}>
                {busy ? t.busy : t.next}
              </Button>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
