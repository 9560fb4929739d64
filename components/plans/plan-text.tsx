"use client";

import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { inputClass } from "@/components/ui/field";
import { applyTextChange, textLimit } from "@/lib/domain/plans/doc";
import { da } from "@/lib/i18n/da";
import { TypingHere } from "./presence";

type Delta = { retain?: number; insert?: unknown; delete?: number }[];

/**
 * Where a cursor at `index` ends up after a remote change: inserts before it push it on; an insert
 * exactly at the cursor stays after it, so the person goes on typing where they were.
 */
function shift(delta: Delta, index: number): number {
  let position = 0;
  let result = index;
  for (const op of delta) {
    if (op.retain) position += op.retain;
    else if (typeof op.insert === "string") {
      if (position < index) result += op.insert.length;
      position += op.insert.length;
    } else if (op.delete) {
      if (position < index) result -= Math.min(op.delete, index - position);
    }
    if (position > index) break;
  }
  return Math.max(0, result);
}

/** A textarea bound to shared text: what the other party types appears, the cursor stays put. */
export function PlanText({
  id,
  label,
  text,
  rows = 4,
  hint,
  srOnlyLabel = false,
}: {
  id: string;
  label: string;
  text: Y.Text;
  rows?: number;
  hint?: string;
  srOnlyLabel?: boolean;
}) {
  const [value, setValue] = useState(() => text.toString());
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // The textarea is updated right here, not on React's next render: the next keystroke must see
    // the other party's text, or the change it reports would be measured against a stale value.
    const observe = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === "local") return;
      const element = area.current;
      const next = text.toString();
      if (element && element.value !== next) {
        const focused = document.activeElement === element;
        const start = shift(event.delta as Delta, element.selectionStart);
        const end = shift(event.delta as Delta, element.selectionEnd);
        element.value = next;
        if (focused) element.setSelectionRange(start, end);
      }
      setValue(next);
    };
    text.observe(observe);
    setValue(text.toString());
    return () => text.unobserve(observe);
  }, [text]);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={srOnlyLabel ? "sr-only" : "font-medium"}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <TypingHere id={id} />
      <textarea
        ref={area}
        id={id}
        rows={rows}
        className={inputClass}
        value={value}
        // The server refuses a longer text, and one refused change would hold back the next ones.
        maxLength={textLimit}
        aria-describedby={[hint ? `${id}-hint` : "", value.length >= textLimit ? `${id}-full` : ""].filter(Boolean).join(" ") || undefined}
        onChange={(event) => {
          applyTextChange(text, event.target.value);
          setValue(event.target.value);
        }}
      />
      {value.length >= textLimit ? (
        <p id={`${id}-full`} role="status" className="text-sm text-amber-800">
          {da.plans.errors.textFull}
        </p>
      ) : null}
    </div>
  );
}
