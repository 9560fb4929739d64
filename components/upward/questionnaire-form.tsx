"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { submitUpwardAnswer } from "@/lib/domain/upward/actions";
import { answerTextMax, upwardAnswerValuesSchema, type UpwardAnswerInput } from "@/lib/domain/upward/schema";
import { da } from "@/lib/i18n/da";

const t = da.upward.questionnaire;
const chip =
  "flex min-h-11 min-w-12 cursor-pointer items-center justify-center rounded-md border-2 border-slate-500 bg-white px-2 text-slate-900 hover:border-brand-700 has-[:checked]:border-brand-900 has-[:checked]:bg-brand-700 has-[:checked]:font-bold has-[:checked]:text-white has-[:focus-visible]:outline-[3px] has-[:focus-visible]:outline-offset-[3px] has-[:focus-visible]:outline-brand-900 has-[:focus-visible]:outline-solid";

/**
 * The upward questionnaire: the four dimensions as the person experiences them under their leader,
 * and the two open questions when the municipality shows their answers (otherwise they are not
 * asked: words nobody reads are not collected). Sent once; the start token proves it was begun in
 * time (started.ts).
 */
export function QuestionnaireForm({
  participantId,
  startToken,
  questions,
  showFreeText,
}: {
  participantId: string;
  startToken: string;
  questions: [string, string];
  showFreeText: boolean;
}) {
  const { register, handleSubmit, setError, formState } = useForm<UpwardAnswerInput>({
    resolver: zodResolver(upwardAnswerValuesSchema),
    defaultValues: { answer1: "", answer2: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, run } = useActionForm(setError, da.errors.unexpected);
  const [sent, setSent] = useState(false);
  if (sent)
    return (
      <p role="status" className="rounded-md border border-green-700 bg-green-50 p-4 font-medium text-green-800">
        {t.thanks}
      </p>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-8"
      onSubmit={handleSubmit((values) =>
        run(
          () => submitUpwardAnswer({ participantId, startToken, values }),
          () => setSent(true),
        ),
      )}
    >
      <FormStatus status={status} />
      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold text-brand-900">{t.scoresLegend}</h2>
        <p className="text-slate-700">{t.scoresHint}</p>
      </div>
      {vitalisationDimensions.map((dimension) => {
        const error = errors[dimension.id]?.message;
        return (
          <fieldset key={dimension.id} aria-describedby={`${dimension.id}-definition${error ? ` ${dimension.id}-error` : ""}`}>
            <legend className="text-lg font-semibold text-brand-900">{dimension.name}</legend>
            <p id={`${dimension.id}-definition`} className="mt-1 text-slate-700">
              {dimension.definition}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              {Array.from({ length: 10 }, (_, index) => index + 1).map((value) => (
                <label key={value} className={chip}>
                  <input type="radio" value={value} className="sr-only" {...register(dimension.id)} />
                  <span aria-hidden="true">{value}</span>
                  <span className="sr-only">{da.sheets.own.scoreOption(value)}</span>
                </label>
              ))}
            </div>
            {error ? (
              <p id={`${dimension.id}-error`} className="mt-1 text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {(showFreeText ? (["answer1", "answer2"] as const) : []).map((key, index) => (
        <Field key={key} id={key} label={`${questions[index]} ${t.optional}`} hint={t.textHint(answerTextMax)} error={errors[key]?.message}>
          {(describedBy, invalid) => (
            <textarea id={key} rows={4} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register(key)} />
          )}
        </Field>
      ))}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
