"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { savePrivacy } from "@/lib/domain/privacy/actions";
import { privacySettingsSchema, type PrivacySettingsInput } from "@/lib/domain/privacy/schema";
import { da } from "@/lib/i18n/da";

type Name = keyof PrivacySettingsInput;

export function PrivacySettingsForm({ initial }: { initial: PrivacySettingsInput }) {
  const router = useRouter();
  const t = da.privacy.settings;
  const { register, handleSubmit, setError, formState, control, getValues, setValue } = useForm<PrivacySettingsInput>({
    resolver: zodResolver(privacySettingsSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = (name: Name) => `privacy-${name}`;
  const withholding = useWatch({ control, name: "withholdLeaderNotes" });

  /** One labelled input; `multiline` for the address and the reason. */
  const input = (
    name: Name,
    label: string,
    options: { hint?: string; type?: string; autoComplete?: string; multiline?: boolean; rows?: number } = {},
  ) => (
    <Field id={id(name)} label={label} hint={options.hint} error={errors[name]?.message}>
      {(describedBy, invalid) =>
        options.multiline ? (
          <textarea
            id={id(name)}
            rows={options.rows ?? 3}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register(name)}
          />
        ) : (
          <input
            id={id(name)}
            type={options.type ?? "text"}
            autoComplete={options.autoComplete ?? "off"}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register(name)}
          />
        )
      }
    </Field>
  );

  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        run(
          () => savePrivacy(values),
          () => {
            setStatus({ kind: "success", text: t.saved });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t.controllerLegend}</legend>
        {input("controllerName", t.controllerName, { hint: t.controllerNameHint })}
        {input("controllerAddress", t.controllerAddress, { hint: t.controllerAddressHint, multiline: true })}
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t.dpoLegend}</legend>
        {input("dpoName", t.dpoName)}
        {input("dpoEmail", t.dpoEmail, { type: "email" })}
        {input("dpoPhone", t.dpoPhone, { type: "tel" })}
      </fieldset>
      {input("policyUrl", t.policyUrl, { hint: t.policyUrlHint, type: "url" })}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t.withholdLegend}</legend>
        <div className="flex flex-col gap-1">
          <label className="flex min-h-11 items-start gap-3">
            <input
              id={id("withholdLeaderNotes")}
              type="checkbox"
              className="mt-1 h-5 w-5 shrink-0"
              aria-describedby={`${id("withholdLeaderNotes")}-hint`}
              {...register("withholdLeaderNotes", {
                // Ticked with no reason yet: start from the suggested one, for the administrator to adjust.
                onChange: (event: { target: { checked: boolean } }) => {
                  if (event.target.checked && getValues("withholdLeaderNotesReason").trim() === "")
                    setValue("withholdLeaderNotesReason", t.withholdReasonSuggestion);
                },
              })}
            />
            <span>{t.withholdLeaderNotes}</span>
          </label>
          <p id={`${id("withholdLeaderNotes")}-hint`} className="text-sm text-slate-600">
            {t.withholdLeaderNotesHint}
          </p>
        </div>
        {/* Unticked, the reason is hidden but kept (and shown again if it is what stops the save). */}
        {withholding || errors.withholdLeaderNotesReason
          ? input("withholdLeaderNotesReason", t.withholdReason, { hint: t.withholdReasonHint, multiline: true, rows: 5 })
          : null}
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
