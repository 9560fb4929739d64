"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { LeftOutReason } from "@/lib/domain/rounds/participant-rules";
import { da } from "@/lib/i18n/da";

export type LeftOutPerson = { id: string; name: string; jobTitle: string | null; leftOut: LeftOutReason };

const reasonText = (reason: LeftOutReason) =>
  reason.kind === "hourly" ? da.employment.participants.reasons.hourly : da.employment.participants.reasons.newHire(reason.months);

/**
 * The people the municipality's participant rules leave out by default, unchecked, each with the
 * reason; the leader marks whom to take in anyway.
 */
export function LeftOutParticipants({
  people,
  onInclude,
}: {
  people: LeftOutPerson[];
  /** Takes the marked people in; resolves to the refusal's message, or null when they were taken in. */
  onInclude: (personIds: string[]) => Promise<string | null>;
}) {
  const t = da.employment.participants;
  const id = useId();
  const [marked, setMarked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (people.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="max-w-3xl rounded-md border border-slate-300 p-4">
      <h3 id={`${id}-heading`} className="text-lg font-semibold text-brand-900">
        {t.leftOutHeading}
      </h3>
      <fieldset className="mt-2 flex flex-col gap-1" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="text-slate-700">{t.leftOutLead}</legend>
        {people.map((person) => (
          <label key={person.id} className="flex min-h-11 items-start gap-3 py-1">
            <input
              type="checkbox"
              className="mt-0.5 h-5 w-5 shrink-0"
              checked={marked.includes(person.id)}
              onChange={(event) => {
                setError(null);
                setMarked((list) => (event.target.checked ? [...list, person.id] : list.filter((other) => other !== person.id)));
              }}
            />
            <span className="min-w-0">
              <span className="block font-medium">{person.jobTitle ? da.common.dotted(person.name, person.jobTitle) : person.name}</span>
              <span className="block text-sm text-slate-700">{reasonText(person.leftOut)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-3">
        <Button
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            if (marked.length === 0) return setError(t.chooseSomeone);
            setBusy(true);
            const refusal = await onInclude(marked);
            setBusy(false);
            setError(refusal);
            if (refusal === null) setMarked([]);
          }}
        >
          {busy ? t.including : t.include}
        </Button>
      </div>
    </section>
  );
}
