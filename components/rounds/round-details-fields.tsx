"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { danishDateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { da } from "@/lib/i18n/da";

type Timeline = { kickoffDate: string; conversationsFrom: string; conversationsTo: string; wrapUpDate: string; followUpDate: string };
type Details = Timeline & { title: string; year: number; focus: string };
const fields = ["kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate"] as const;

/** Title, year, this year's focus and the timeline: the same fields when creating and editing a round. */
export function RoundDetailsFields<V extends Details>({ register, errors }: { register: UseFormRegister<V>; errors: FieldErrors<V> }) {
  const t = da.rounds;
  const reg = register as unknown as UseFormRegister<Details>;
  const errs = errors as FieldErrors<Details>;
  return (
    <>
      <Field id="title" label={t.fields.title} error={errs.title?.message}>
        {(describedBy, invalid) => (
          <input id="title" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...reg("title")} />
        )}
      </Field>
      <Field id="year" label={t.fields.year} error={errs.year?.message}>
        {(describedBy, invalid) => (
          <input
            id="year"
            type="number"
            inputMode="numeric"
            className={`${inputClass} w-32`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...reg("year", { valueAsNumber: true })}
          />
        )}
      </Field>
      <Field id="focus" label={t.fields.focus} error={errs.focus?.message}>
        {(describedBy, invalid) => (
          <textarea id="focus" rows={3} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...reg("focus")} />
        )}
      </Field>
      <TimelineFields register={reg} errors={errs} />
    </>
  );
}

/** The round's five dates, in the order they must come. */
function TimelineFields({ register, errors }: { register: UseFormRegister<Details>; errors: FieldErrors<Details> }) {
  const t = da.rounds;
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{t.create.timelineLegend}</legend>
      <p className="text-sm text-slate-600">{t.create.timelineHint}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((name) => (
          <Field key={name} id={name} label={t.fields[name]} error={errors[name]?.message}>
            {(describedBy, invalid) => (
              <input
                id={name}
                {...danishDateInput}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(name)}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
