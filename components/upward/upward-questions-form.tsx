"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { SettingsForm } from "@/components/admin/settings-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveUpwardQuestions } from "@/lib/domain/upward/actions";
import { upwardQuestionsSchema, type UpwardQuestions } from "@/lib/domain/upward/schema";
import { da } from "@/lib/i18n/da";

const t = da.upward.settings;

/** The municipality's two open questions for upward input, and whether their answers are shown at all (off by default). */
export function UpwardQuestionsForm({ initial }: { initial: UpwardQuestions }) {
  const { register, handleSubmit, setError, formState } = useForm<UpwardQuestions>({
    resolver: zodResolver(upwardQuestionsSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const fallbacks = { question1: da.upward.defaultQuestion1, question2: da.upward.defaultQuestion2 };
  return (
    <SettingsForm
      id="upward-settings"
      legend={t.heading}
      hint={t.lead}
      status={status}
      submitting={isSubmitting}
      save={t.save}
      saving={t.saving}
      onSubmit={handleSubmit((values) =>
        run(
          () => saveUpwardQuestions(values),
          () => setStatus({ kind: "success", text: t.saved }),
        ),
      )}
    >
      {(["question1", "question2"] as const).map((key) => (
        <Field key={key} id={`upward-${key}`} label={t[key]} hint={t.questionHint(fallbacks[key])} error={errors[key]?.message}>
          {(describedBy, invalid) => (
            <input id={`upward-${key}`} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register(key)} />
          )}
        </Field>
      ))}
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-start gap-3">
          <input type="checkbox" className="mt-1 h-5 w-5" aria-describedby="upward-show-hint" {...register("showFreeText")} />
          <span className="font-medium">{t.showFreeText}</span>
        </label>
        <p id="upward-show-hint" className="text-sm text-slate-600">
          {t.showFreeTextHint}
        </p>
      </div>
    </SettingsForm>
  );
}
