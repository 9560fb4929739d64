"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { da } from "@/lib/i18n/da";

const goalMinutes = 15;

/**
 * A gentle clock for the plan's at least 15 minutes (Aarhus's guide): the pair starts it when they
 * turn to the plan. It counts whole minutes, makes no sound, and says once, through a polite live
 * region, when 15 minutes have passed. It lives in this browser only; nothing is stored.
 */
export function PlanTimer() {
  const t = da.guidance.timer;
  // Time already counted before the current run, and when the current run started (null: paused).
  const [banked, setBanked] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);

  useEffect(() => {
    if (startedAt === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const handle = window.setInterval(tick, 5000);
    return () => window.clearInterval(handle);
  }, [startedAt]);

  const elapsed = banked + (startedAt === null ? 0 : Math.max(0, now - startedAt));
  const minutes = Math.floor(elapsed / 60_000);
  const reached = minutes >= goalMinutes;
  const running = startedAt !== null;

  function start() {
    const at = Date.now();
    setNow(at);
    setStartedAt(at);
  }
  function pause() {
    const at = Date.now();
    setBanked(banked + (startedAt === null ? 0 : at - startedAt));
    setStartedAt(null);
  }
  function reset() {
    setBanked(0);
    setStartedAt(null);
  }

  return (
    <section aria-labelledby="plan-timer-heading" className="rounded-md border border-slate-300 p-4">
      <h4 id="plan-timer-heading" className="font-semibold">
        {t.label}
      </h4>
      <p className="text-sm text-slate-700">{t.lead}</p>
      <p className="mt-2 text-2xl font-semibold tabular-nums text-brand-900">{t.minutes(minutes)}</p>
      <p className="text-sm text-slate-700">{t.goal}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {running ? (
          <Button variant="secondary" onClick={pause}>
            {t.pause}
          </Button>
        ) : (
          <Button variant="secondary" onClick={start}>
            {elapsed > 0 ? t.resume : t.start}
          </Button>
        )}
        {elapsed > 0 ? (
          <Button variant="secondary" onClick={reset}>
            {t.reset}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" role="status" className={reached ? "mt-2 font-medium text-brand-900" : "sr-only"}>
        {reached ? t.reached : ""}
      </p>
    </section>
  );
}
