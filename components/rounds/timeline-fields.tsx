"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { da } from "@/lib/i18n/da";

type Timeline = { kickoffDate: string; conversationsFrom: string; conversationsTo: string; wrapUpDate: string; followUpDate: string };
const fields = ["kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate"] as const;

/** The round's five dates, in the order they must come. */
export function TimelineFields<V extends Timeline>({ register, errors }: { register: UseFormRegister<V>; errors: FieldErrors<V> }) {
  const t = da.rounds;
  const reg = register as unknown as UseFormRegister<Timeline>;
  const errs = errors as FieldErrors<Timeline>;
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{t.create.timelineLegend}</legend>
      <p className="text-sm text-slate-600">{t.create.timelineHint}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((name) => (
          <Field key={name} id={name} label={t.fields[name]} error={errs[name]?.message}>
            {(describedBy, invalid) => <input id={name} type="date" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...reg(name)} />}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
