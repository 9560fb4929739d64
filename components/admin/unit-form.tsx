"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveUnit } from "@/lib/domain/organisation/actions";
import { unitFormSchema, type UnitFormInput } from "@/lib/domain/organisation/schema";
import { da } from "@/lib/i18n/da";

export function UnitForm({
  initial,
  areas,
  idPrefix,
}: {
  initial: UnitFormInput;
  areas: { id: string; name: string }[];
  idPrefix: string;
}) {
  const router = useRouter();
  const t = da.admin.units;
  const { register, handleSubmit, setError, reset, formState } = useForm<UnitFormInput>({
    resolver: zodResolver(unitFormSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-4"
      onSubmit={handleSubmit((values) =>
        run(
          () => saveUnit(values),
          () => {
            setStatus({ kind: "success", text: initial.id ? t.saved : t.created });
            if (!initial.id) reset(initial);
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id={id("name")} label={t.name} error={errors.name?.message}>
        {(describedBy, invalid) => (
          <input id={id("name")} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />
        )}
      </Field>
      <Field id={id("kind")} label={t.kind} error={errors.kind?.message}>
        {(describedBy, invalid) => (
          <select id={id("kind")} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("kind")}>
            <option value="UNIT">{t.kinds.UNIT}</option>
            <option value="AREA">{t.kinds.AREA}</option>
          </select>
        )}
      </Field>
      <Field id={id("parentId")} label={t.parent} error={errors.parentId?.message}>
        {(describedBy, invalid) => (
          <select
            id={id("parentId")}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("parentId")}
          >
            <option value="">{t.chooseParent}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : initial.id ? t.save : t.create}
        </Button>
      </div>
    </form>
  );
}
