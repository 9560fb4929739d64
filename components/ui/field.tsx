import type { ReactNode } from "react";

/**
 * A labelled field with its hint and error wired to the input by id (aria-describedby), so a
 * screen reader reads the message next to the field it belongs to.
 */
export function Field({
  id,
  label,
  labelMore,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  /** More of the label for a screen reader only, where the visible label is short and its context is on screen. */
  labelMore?: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
        {labelMore ? <span className="sr-only"> {labelMore}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children(describedBy, Boolean(error))}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

// max-w-full: a select is as wide as its longest option; capped, it takes its box's width on a
// phone (the box, in a row, needs min-w-0 to shrink below the select's natural width).
export const inputClass =
  "min-h-11 max-w-full rounded-md border border-slate-400 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";
