"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { danishDateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { employmentTypes } from "@/lib/domain/people/employment";
import type { PersonFormInput } from "@/lib/domain/people/schema";
import { da } from "@/lib/i18n/da";

/** The person's employment facts (normally from the HR export), in the person form. */
export function EmploymentFields({
  register,
  errors,
}: {
  register: UseFormRegister<PersonFormInput>;
  errors: FieldErrors<PersonFormInput>;
}) {
  const t = da.employment.person;
  return (
    <fieldset className="flex flex-col gap-4" aria-describedby="employment-hint">
      <legend className="font-semibold">{t.legend}</legend>
      <p id="employment-hint" className="text-sm text-slate-600">
        {t.hint}
      </p>
      <Field id="employmentType" label={t.type} error={errors.employmentType?.message}>
        {(describedBy, invalid) => (
          <select
            id="employmentType"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("employmentType")}
          >
            <option value="">{t.typeNone}</option>
            {employmentTypes.map((type) => (
              <option key={type} value={type}>
                {da.employment.types[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="employmentStart" label={t.start} error={errors.employmentStart?.message}>
        {(describedBy, invalid) => (
          <input
            id="employmentStart"
            {...danishDateInput}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("employmentStart")}
          />
        )}
      </Field>
      <Field id="birthYear" label={t.birthYear} hint={t.birthYearHint} error={errors.birthYear?.message}>
        {(describedBy, invalid) => (
          <input
            id="birthYear"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className={`${inputClass} w-32`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("birthYear")}
          />
        )}
      </Field>
      <Field id="senior" label={t.senior} hint={t.seniorHint} error={errors.senior?.message}>
        {(describedBy, invalid) => (
          <select id="senior" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("senior")}>
            <option value="">{t.seniorNone}</option>
            <option value="yes">{t.seniorYes}</option>
            <option value="no">{t.seniorNo}</option>
          </select>
        )}
      </Field>
    </fieldset>
  );
}
