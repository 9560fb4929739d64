"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { DateInput } from "@/components/ui/date-input";
import { inputClass } from "@/components/ui/field";
import { TypingHere } from "./presence";

// Single values in the plan (dates, flags, choices): the last one set wins, which is right for a
// value (unlike text, there is nothing to merge).

/** Re-renders when the observed shared type (or anything inside it) changes. */
export function useObserved(type: Y.AbstractType<unknown>) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((tick) => tick + 1);
    type.observeDeep(bump);
    return () => type.unobserveDeep(bump);
  }, [type]);
}

const set = (map: Y.Map<unknown>, field: string, value: unknown) => map.doc!.transact(() => map.set(field, value), "local");

export function PlanDate({
  map,
  field,
  id,
  label,
  hint,
}: {
  map: Y.Map<unknown>;
  field: string;
  id: string;
  label: string;
  hint?: string;
}) {
  useObserved(map as Y.AbstractType<unknown>);
  const value = map.get(field);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <TypingHere id={id} />
      <DateInput
        id={id}
        className={`${inputClass} w-48`}
        describedBy={hint ? `${id}-hint` : undefined}
        value={typeof value === "string" ? value : ""}
        onChange={(iso) => set(map, field, iso)}
      />
    </div>
  );
}

export function PlanCheckbox({ map, field, id, label }: { map: Y.Map<unknown>; field: string; id: string; label: string }) {
  useObserved(map as Y.AbstractType<unknown>);
  return (
    <label className="flex min-h-11 items-center gap-3">
      <input
        id={id}
        type="checkbox"
        className="h-5 w-5"
        checked={map.get(field) === true}
        onChange={(event) => set(map, field, event.target.checked)}
      />
      {label}
    </label>
  );
}

export function PlanChoice({
  map,
  field,
  id,
  label,
  options,
  empty,
}: {
  map: Y.Map<unknown>;
  field: string;
  id: string;
  label: string;
  options: { value: string; label: string }[];
  empty?: string;
}) {
  useObserved(map as Y.AbstractType<unknown>);
  const value = map.get(field);
  return (
    <div className="flex min-w-0 max-w-full flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <TypingHere id={id} />
      <select
        id={id}
        className={`${inputClass} w-auto min-w-[min(14rem,100%)] max-w-full bg-white`}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => set(map, field, event.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
