"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useRoundSave } from "@/components/rounds/use-round-save";
import { Button } from "@/components/ui/button";
import { danishDateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveUpwardSettings } from "@/lib/domain/upward/actions";
import { upwardSettingsValuesSchema, type UpwardSettingsInput, type UpwardSettingsValues } from "@/lib/domain/upward/schema";
import { toDanishDate } from "@/lib/dates/danish";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

const t = da.upward.planning;

/** The leader's leader turns upward input on for a LUS round being planned, with its last day. */
export function UpwardSettingsForm({ roundId, closesOn }: { roundId: string; closesOn: string | null }) {
  const { register, handleSubmit, setError, formState } = useForm<UpwardSettingsInput, unknown, UpwardSettingsValues>({
    resolver: zodResolver(upwardSettingsValuesSchema),
    defaultValues: { enabled: closesOn !== null, closesOn: closesOn ? toDanishDate(closesOn) : "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  return (
    <form
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      onSubmit={handleSubmit((values) =>
        save(
          (version) => saveUpwardSettings({ roundId, version, values: { enabled: values.enabled, closesOn: values.closesOn ?? "" } }),
          (data) => (data.closesOn ? t.savedOn(formatDate(new Date(`${data.closesOn}T12:00:00Z`))) : t.savedOff),
        ),
      )}
    >
      <FormStatus status={status} />
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="h-5 w-5" {...register("enabled")} />
        <span className="font-medium">{t.enabled}</span>
      </label>
      <Field id="closesOn" label={t.closesOn} hint={t.closesOnHint} error={errors.closesOn?.message}>
        {(describedBy, invalid) => (
          <input
            id="closesOn"
            {...danishDateInput}
            className={`${inputClass} w-40`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("closesOn")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
