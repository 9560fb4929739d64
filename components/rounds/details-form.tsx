"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveRoundDetails } from "@/lib/domain/rounds/actions";
import { roundDetailsSchema, type RoundDetailsInput } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";
import { TimelineFields } from "./timeline-fields";
import { useRoundSave } from "./use-round-save";

export function DetailsForm({ roundId, initial, editable }: { roundId: string; initial: RoundDetailsInput; editable: boolean }) {
  const t = da.rounds;
  const { register, handleSubmit, setError, formState } = useForm<RoundDetailsInput>({ resolver: zodResolver(roundDetailsSchema), defaultValues: initial });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  return (
    <form
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      onSubmit={handleSubmit((values) => save((version) => saveRoundDetails({ roundId, version, values }), () => t.overview.saved))}
    >
      <FormStatus status={status} />
      <fieldset disabled={!editable} className="flex flex-col gap-5">
        <Field id="title" label={t.fields.title} error={errors.title?.message}>
          {(describedBy, invalid) => <input id="title" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("title")} />}
        </Field>
        <Field id="year" label={t.fields.year} error={errors.year?.message}>
          {(describedBy, invalid) => (
            <input id="year" type="number" inputMode="numeric" className={`${inputClass} w-32`} aria-describedby={describedBy} aria-invalid={invalid} {...register("year", { valueAsNumber: true })} />
          )}
        </Field>
        <Field id="focus" label={t.fields.focus} error={errors.focus?.message}>
          {(describedBy, invalid) => <textarea id="focus" rows={3} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("focus")} />}
        </Field>
        <TimelineFields register={register} errors={errors} />
        {editable ? (
          <div>
            <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t.overview.saving : t.overview.save}</Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
