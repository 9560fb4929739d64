"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
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
  const { register, handleSubmit, setError, formState } = useForm<PrivacySettingsInput>({
    resolver: zodResolver(privacySettingsSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = (name: Name) => `privacy-${name}`;

  /** One labelled input; `multiline` for the address. */
  const input = (name: Name, label: string, options: { hint?: string; type?: string; autoComplete?: string; multiline?: boolean } = {}) => (
    <Field id={id(name)} label={label} hint={options.hint} error={errors[name]?.message}>
      {(describedBy, invalid) =>
        options.multiline ? (
          <textarea
            id={id(name)}
            rows={3}
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
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
