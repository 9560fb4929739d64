"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { SettingsForm } from "./settings-form";
import { saveGuidanceSettings } from "@/lib/domain/organisation/actions";
import {
  guidanceSettingsSchema,
  maxPolicyLinks,
  type GuidanceSettings,
  type GuidanceSettingsInput,
} from "@/lib/domain/organisation/guidance-settings-schema";
import { da } from "@/lib/i18n/da";

/** The cooperation body's name as every text says it, and the policies the round's checklist links to. */
export function GuidanceSettingsForm({ initial }: { initial: GuidanceSettingsInput }) {
  const t = da.guidanceSettings;
  const { register, control, handleSubmit, setError, formState } = useForm<GuidanceSettingsInput, unknown, GuidanceSettings>({
    resolver: zodResolver(guidanceSettingsSchema),
    // An empty row to fill in when there is none yet; an empty row is dropped on save.
    defaultValues: { ...initial, policyLinks: initial.policyLinks.length > 0 ? initial.policyLinks : [{ title: "", url: "" }] },
  });
  const links = useFieldArray({ control, name: "policyLinks" });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <SettingsForm
      id="guidance-settings"
      legend={t.legend}
      hint={t.hint}
      status={status}
      submitting={isSubmitting}
      save={t.save}
      saving={t.saving}
      onSubmit={handleSubmit((values) =>
        run(
          () => saveGuidanceSettings(values),
          () => setStatus({ kind: "success", text: t.saved }),
        ),
      )}
    >
      <Field id="cooperation-body" label={t.body} hint={t.bodyHint} error={errors.cooperationBody?.message}>
        {(describedBy, invalid) => (
          <input
            id="cooperation-body"
            autoComplete="off"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("cooperationBody")}
          />
        )}
      </Field>
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-4" aria-describedby="policies-hint">
        <legend className="px-1 font-medium">{t.policies}</legend>
        <p id="policies-hint" className="text-sm text-slate-600">
          {t.policiesHint}
        </p>
        {errors.policyLinks?.message ? <p className="text-sm font-medium text-red-700">{errors.policyLinks.message}</p> : null}
        {links.fields.map((link, index) => (
          <div key={link.id} className="flex flex-col gap-3 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
            <Field id={`policy-${index}-title`} label={t.policyTitle(index + 1)} error={errors.policyLinks?.[index]?.title?.message}>
              {(describedBy, invalid) => (
                <input
                  id={`policy-${index}-title`}
                  autoComplete="off"
                  className={inputClass}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  {...register(`policyLinks.${index}.title`)}
                />
              )}
            </Field>
            <Field id={`policy-${index}-url`} label={t.policyUrl(index + 1)} error={errors.policyLinks?.[index]?.url?.message}>
              {(describedBy, invalid) => (
                <input
                  id={`policy-${index}-url`}
                  type="url"
                  inputMode="url"
                  autoComplete="off"
                  className={inputClass}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  {...register(`policyLinks.${index}.url`)}
                />
              )}
            </Field>
            <div>
              <Button variant="secondary" onClick={() => links.remove(index)}>
                {t.removePolicy(index + 1)}
              </Button>
            </div>
          </div>
        ))}
        {links.fields.length < maxPolicyLinks ? (
          <div>
            <Button variant="secondary" onClick={() => links.append({ title: "", url: "" })}>
              {t.addPolicy}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </SettingsForm>
  );
}
