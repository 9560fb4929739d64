"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveTemplate } from "@/lib/domain/templates/actions";
import { answerLayouts } from "@/lib/domain/sheets/layout";
import { templateFormSchema, type TemplateFormInput } from "@/lib/domain/templates/schema";
import { da } from "@/lib/i18n/da";

export function TemplateForm({ templateId, version, initial }: { templateId: string; version: string; initial: TemplateFormInput }) {
  const t = da.admin.templates;
  const router = useRouter();
  const { register, control, handleSubmit, setError, formState } = useForm<TemplateFormInput>({
    resolver: zodResolver(templateFormSchema),
    defaultValues: initial,
  });
  const themes = useFieldArray({ control, name: "themes" });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      className="flex max-w-3xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        run(
          () => saveTemplate({ templateId, version, values }),
          () => {
            setStatus({ kind: "success", text: t.saved });
            router.refresh();
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
      <Field id="description" label={t.description} error={errors.description?.message}>
        {(describedBy, invalid) => (
          <textarea
            id="description"
            rows={2}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("description")}
          />
        )}
      </Field>
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-4" aria-describedby="sheet-hint">
        <legend className="px-1 font-semibold">{t.sheetLegend}</legend>
        <p id="sheet-hint" className="text-sm text-slate-600">
          {t.sheetHint}
        </p>
        <label className="flex min-h-11 items-start gap-3">
          <input type="checkbox" className="mt-1 h-5 w-5" aria-describedby="has-scores-hint" {...register("hasScores")} />
          <span>
            <span className="font-medium">{t.hasScores}</span>
            <span id="has-scores-hint" className="block text-sm text-slate-600">
              {t.hasScoresHint}
            </span>
          </span>
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="font-medium">{t.answerLayoutLegend}</legend>
          {answerLayouts.map((layout) => (
            <label key={layout} className="flex min-h-11 items-start gap-3">
              <input type="radio" value={layout} className="mt-1 h-5 w-5" {...register("answerLayout")} />
              <span>{t.answerLayouts[layout]}</span>
            </label>
          ))}
        </fieldset>
      </fieldset>
      <h2 className="text-xl font-semibold text-brand-900">{t.themesLegend}</h2>
      {themes.fields.map((theme, index) => (
        <fieldset key={theme.id} className="flex flex-col gap-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t.themeLegend(index + 1)}</legend>
          <Field id={`theme-${index}-title`} label={t.themeTitle} error={errors.themes?.[index]?.title?.message}>
            {(describedBy, invalid) => (
              <input
                id={`theme-${index}-title`}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(`themes.${index}.title`)}
              />
            )}
          </Field>
          <Field id={`theme-${index}-description`} label={t.themeDescription} error={errors.themes?.[index]?.description?.message}>
            {(describedBy, invalid) => (
              <textarea
                id={`theme-${index}-description`}
                rows={2}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(`themes.${index}.description`)}
              />
            )}
          </Field>
          <Field
            id={`theme-${index}-questions`}
            label={t.themeQuestions}
            hint={t.themeQuestionsHint}
            error={errors.themes?.[index]?.questions?.message}
          >
            {(describedBy, invalid) => (
              <textarea
                id={`theme-${index}-questions`}
                rows={6}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(`themes.${index}.questions`)}
              />
            )}
          </Field>
          {themes.fields.length > 1 ? (
            <div>
              <Button variant="secondary" onClick={() => themes.remove(index)}>
                {t.removeTheme(index + 1)}
              </Button>
            </div>
          ) : null}
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => themes.append({ title: "", description: "", questions: "" })}>
          {t.addTheme}
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
