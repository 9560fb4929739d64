"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveRetention } from "@/lib/domain/retention/actions";
import { defaultMonths, monthsRange, monthsRangeOf, retentionKinds, type RetentionPolicy } from "@/lib/domain/retention/kinds";
import { retentionPolicySchema, type RetentionPolicyInput } from "@/lib/domain/retention/schema";
import { da } from "@/lib/i18n/da";

/** An empty minimum is none; anything else is checked as a number by the schema. */
const minimumValue = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/**
 * One line per kind: what it is, what its period counts from, the period, a binding minimum, and
 * the default with its reason.
 */
export function RetentionPolicyForm({ policy }: { policy: RetentionPolicy }) {
  const t = da.retention;
  const { register, handleSubmit, setError, formState } = useForm<RetentionPolicyInput>({
    resolver: zodResolver(retentionPolicySchema),
    defaultValues: {
      ...(Object.fromEntries(policy.map((line) => [line.kind, line.months])) as Record<(typeof retentionKinds)[number], number>),
      minimums: Object.fromEntries(policy.map((line) => [line.kind, line.minimumMonths])),
    },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={handleSubmit((values) =>
        run(
          () => saveRetention(values),
          () => setStatus({ kind: "success", text: t.policy.saved }),
        ),
      )}
    >
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-xl font-semibold">{t.policy.legend}</legend>
        <ul className="flex flex-col gap-4">
          {retentionKinds.map((kind) => {
            const line = policy.find((candidate) => candidate.kind === kind)!;
            const id = `retention-${kind}`;
            const range = monthsRangeOf(kind);
            return (
              <li key={kind} className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-[1fr_9rem_9rem]">
                <div className="min-w-0">
                  <h3 className="font-semibold text-slate-900">{t.kinds[kind].name}</h3>
                  <p className="text-sm text-slate-700">
                    {t.policy.columns.from}: {t.kinds[kind].from}
                  </p>
                  <p className="mt-2 text-sm text-slate-600">
                    {t.policy.defaultNote(defaultMonths[kind])} {t.kinds[kind].reason} {line.isDefault ? null : t.policy.changed}{" "}
                    {line.minimumMonths ? t.policy.minimumNote(line.minimumMonths) : null}
                  </p>
                </div>
                <Field
                  id={id}
                  label={t.policy.columns.months}
                  labelMore={t.policy.monthsFor(t.kinds[kind].name)}
                  error={errors[kind]?.message}
                >
                  {(describedBy, invalid) => (
                    <input
                      id={id}
                      type="number"
                      inputMode="numeric"
                      min={range.min}
                      max={range.max}
                      step={1}
                      className={inputClass}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      {...register(kind, { valueAsNumber: true })}
                    />
                  )}
                </Field>
                <Field
                  id={`${id}-minimum`}
                  label={t.policy.minimum}
                  labelMore={t.policy.minimumFor(t.kinds[kind].name)}
                  error={errors.minimums?.[kind]?.message}
                >
                  {(describedBy, invalid) => (
                    <input
                      id={`${id}-minimum`}
                      type="number"
                      inputMode="numeric"
                      min={monthsRange.min}
                      max={monthsRange.max}
                      step={1}
                      className={inputClass}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      {...register(`minimums.${kind}`, { setValueAs: minimumValue })}
                    />
                  )}
                </Field>
              </li>
            );
          })}
        </ul>
        <p className="text-sm text-slate-600">{t.policy.minimumHint}</p>
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t.policy.save}
        </Button>
      </div>
    </form>
  );
}
