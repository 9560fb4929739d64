"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { EmploymentFields } from "./employment-fields";
import { savePerson } from "@/lib/domain/people/actions";
import { personFormSchema, type PersonFormInput } from "@/lib/domain/people/schema";
import { da } from "@/lib/i18n/da";

type UnitOption = { id: string; name: string; kind: "AREA" | "UNIT" };

export function PersonForm({ initial, units }: { initial: PersonFormInput; units: UnitOption[] }) {
  const router = useRouter();
  const t = da.admin.person;
  const { register, handleSubmit, setError, formState } = useForm<PersonFormInput>({
    resolver: zodResolver(personFormSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);

  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-5"
      onSubmit={handleSubmit((values) =>
        run(
          () => savePerson(values),
          ({ id, managerChange }) => {
            // A new leader mid-round: what happened to the person's open rounds is said with the save.
            setStatus({ kind: "success", text: [t.saved, ...managerChange].join(" ") });
            if (!initial.id) router.push(`/admin/personer/${id}`);
            else router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="name" label={t.name} error={errors.name?.message}>
        {(describedBy, invalid) => (
          <input id="name" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />
        )}
      </Field>
      <Field id="employeeNumber" label={t.employeeNumber} hint={t.employeeNumberHint} error={errors.employeeNumber?.message}>
        {(describedBy, invalid) => (
          <input
            id="employeeNumber"
            className={inputClass}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("employeeNumber")}
          />
        )}
      </Field>
      <Field id="email" label={t.email} hint={t.emailHint} error={errors.email?.message}>
        {(describedBy, invalid) => (
          <input
            id="email"
            type="email"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("email")}
          />
        )}
      </Field>
      <Field id="jobTitle" label={t.jobTitle} error={errors.jobTitle?.message}>
        {(describedBy, invalid) => (
          <input id="jobTitle" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("jobTitle")} />
        )}
      </Field>
      <Field id="unitId" label={t.unit} error={errors.unitId?.message}>
        {(describedBy, invalid) => (
          <select id="unitId" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("unitId")}>
            <option value="">{t.chooseUnit}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {da.common.unitOption(unit.name, da.admin.units.kinds[unit.kind])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="manager" label={t.manager} hint={t.managerHint} error={errors.manager?.message}>
        {(describedBy, invalid) => (
          <input id="manager" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("manager")} />
        )}
      </Field>
      <EmploymentFields register={register} errors={errors} />
      <fieldset className="flex flex-col gap-2" aria-describedby="roles-hint">
        <legend className="font-medium">{t.rolesLegend}</legend>
        <p id="roles-hint" className="text-sm text-slate-600">
          {t.rolesHint}
        </p>
        {(["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER"] as const).map((role) => (
          <label key={role} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" value={role} className="h-5 w-5" {...register("roles")} />
            {da.admin.roles[role]}
          </label>
        ))}
        {errors.roles?.message ? <p className="text-sm font-medium text-red-700">{errors.roles.message}</p> : null}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            className="h-5 w-5"
            aria-describedby={errors.active ? "active-error" : undefined}
            {...register("active")}
          />
          {t.activeLabel}
        </label>
        {errors.active?.message ? (
          <p id="active-error" className="text-sm font-medium text-red-700">
            {errors.active.message}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
