"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A panel that folds away. `openWhenWide` panels start open beside the plan on a laptop; on a
 * tablet, where the panels sit above the plan, they start folded so the plan is within reach.
 */
export function FoldPanel({ summary, openWhenWide = false, children }: { summary: string; openWhenWide?: boolean; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (openWhenWide && details.current && window.matchMedia("(max-width: 1023px)").matches) details.current.open = false;
  }, [openWhenWide]);
  return (
    <details ref={details} open={openWhenWide} className="rounded-md border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-semibold text-brand-900 marker:text-brand-700">
        {summary}
      </summary>
      <div className="border-t border-slate-200 px-4 py-4">{children}</div>
    </details>
  );
}
