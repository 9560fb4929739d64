"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { SettingsForm } from "./settings-form";
import { saveHelpContact } from "@/lib/domain/organisation/actions";
import { helpContactSchema, type HelpContact, type HelpContactInput } from "@/lib/domain/organisation/help-contact-schema";
import { da } from "@/lib/i18n/da";

const fields = [
  { key: "name", type: "text", autoComplete: "off" },
  { key: "title", type: "text", autoComplete: "off" },
  { key: "email", type: "email", autoComplete: "off" },
  { key: "phone", type: "tel", autoComplete: "off" },
] as const;

/** Whom people can ask for help with MUS and LUS: shown in every page's footer and under every e-mail. */
export function HelpContactForm({ initial }: { initial: HelpContactInput }) {
  const t = da.guidance.helpContact;
  const { register, handleSubmit, setError, formState } = useForm<HelpContactInput, unknown, HelpContact>({
    resolver: zodResolver(helpContactSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <SettingsForm
      id="help-contact"
      legend={t.legend}
      hint={t.hint}
      status={status}
      submitting={isSubmitting}
      save={t.save}
      saving={t.saving}
      onSubmit={handleSubmit((values) =>
        run(
          () => saveHelpContact(values),
          () => setStatus({ kind: "success", text: t.saved }),
        ),
      )}
    >
      {fields.map((field) => (
        <Field
          key={field.key}
          id={`help-${field.key}`}
          label={t[field.key]}
          hint={field.key === "title" ? t.titleHint : undefined}
          error={errors[field.key]?.message}
        >
          {(describedBy, invalid) => (
            <input
              id={`help-${field.key}`}
              type={field.type}
              autoComplete={field.autoComplete}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register(field.key)}
            />
          )}
        </Field>
      ))}
    </SettingsForm>
  );
}
