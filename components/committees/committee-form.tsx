"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteMedCommittee, saveMedCommittee } from "@/lib/domain/committees/actions";
import type { CommitteeFormData } from "@/lib/domain/committees/data";
import { committeeSchema, type CommitteeInput } from "@/lib/domain/committees/schema";
import { da } from "@/lib/i18n/da";

/** One labelled checkbox of a list (units, members): checked from the form's value, toggled into it. */
function CheckItem({
  checked,
  onChange,
  strong = false,
  children,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
  strong?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={`flex items-center gap-2${strong ? " font-medium" : ""}`}>
      <input
        type="checkbox"
        className="h-5 w-5 shrink-0 accent-brand-700"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}

/** One MED committee: its name, the units it covers (by area) and its members among the representatives. */
export function CommitteeForm({ data }: { data: CommitteeFormData }) {
  const t = da.committees.form;
  const router = useRouter();
  const { register, handleSubmit, setError, formState, control, setValue, getValues } = useForm<CommitteeInput>({
    resolver: zodResolver(committeeSchema),
    defaultValues: {
      committeeId: data.committee?.id,
      name: data.committee?.name ?? "",
      unitIds: data.committee?.unitIds ?? [],
      memberIds: data.committee?.memberIds ?? [],
    },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const unitIds = useWatch({ control, name: "unitIds" }) ?? [];
  const memberIds = useWatch({ control, name: "memberIds" }) ?? [];
  const toggle = (name: "unitIds" | "memberIds", id: string, on: boolean) => {
    const current = getValues(name) ?? [];
    setValue(name, on ? [...current, id] : current.filter((candidate) => candidate !== id), { shouldDirty: true });
  };

  return (
    <form
      noValidate
      className="flex max-w-3xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        run(
          () => saveMedCommittee(values),
          ({ committeeId }) => {
            setStatus({ kind: "success", text: t.saved });
            if (!data.committee) router.push(`/admin/med/${committeeId}`);
            else router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="committee-name" label={t.name} hint={t.nameHint} error={errors.name?.message}>
        {(describedBy, invalid) => (
          <input id="committee-name" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />
        )}
      </Field>

      <fieldset className="flex flex-col gap-2" aria-describedby="committee-units-hint">
        <legend className="text-lg font-semibold">{t.units}</legend>
        <p id="committee-units-hint" className="text-sm text-slate-600">
          {t.unitsHint}
        </p>
        {errors.unitIds ? <p className="text-sm font-medium text-red-700">{errors.unitIds.message}</p> : null}
        <ul className="flex flex-col gap-3">
          {data.areas.map((area) => (
            <li key={area.id} className="rounded-lg border border-slate-200 p-3">
              <CheckItem checked={unitIds.includes(area.id)} onChange={(on) => toggle("unitIds", area.id, on)} strong>
                {area.name}
              </CheckItem>
              {area.units.length > 0 ? (
                <details className="mt-2" open={area.units.some((unit) => unitIds.includes(unit.id))}>
                  <summary className="cursor-pointer text-sm text-brand-700">{t.unitsUnder(area.name)}</summary>
                  <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                    {area.units.map((unit) => (
                      <li key={unit.id}>
                        <CheckItem checked={unitIds.includes(unit.id)} onChange={(on) => toggle("unitIds", unit.id, on)}>
                          {unit.name}
                        </CheckItem>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby="committee-members-hint">
        <legend className="text-lg font-semibold">{t.members}</legend>
        <p id="committee-members-hint" className="text-sm text-slate-600">
          {t.membersHint}
        </p>
        {errors.memberIds ? <p className="text-sm font-medium text-red-700">{errors.memberIds.message}</p> : null}
        {data.representatives.length === 0 ? (
          <p>{t.noRepresentatives}</p>
        ) : (
          <ul className="grid gap-1 sm:grid-cols-2">
            {data.representatives.map((person) => (
              <li key={person.id}>
                <CheckItem checked={memberIds.includes(person.id)} onChange={(on) => toggle("memberIds", person.id, on)}>
                  {person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name}
                </CheckItem>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t.save}
        </Button>
        {data.committee ? <DeleteCommittee committeeId={data.committee.id} /> : null}
      </div>
    </form>
  );
}

function DeleteCommittee({ committeeId }: { committeeId: string }) {
  const t = da.committees.form;
  const router = useRouter();
  const { status, busy, run } = useActionButton();
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="danger"
        disabled={busy}
        onClick={() => {
          if (!window.confirm(t.confirmDelete)) return;
          void run(
            () => deleteMedCommittee({ committeeId }),
            () => {
              router.push("/admin/med");
              return t.deleted;
            },
          );
        }}
      >
        {t.delete}
      </Button>
      <FormStatus status={status} />
    </div>
  );
}
