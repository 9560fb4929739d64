"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { inputClass } from "@/components/ui/field";
import { saveGroupQuestions } from "@/lib/domain/rounds/actions";
import { questionSetSchema, type QuestionSetInput } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";
import { QuestionBankPicker, type BankOption } from "./question-bank-picker";
import { useRoundSave } from "./use-round-save";

type Theme = { id: string; title: string; description: string };

/**
 * One group's questions under each theme: edit, reorder (within the theme), mark as prioritised,
 * remove, add, or take from a question bank. Saved as a whole, so the order is exactly as shown.
 */
export function QuestionEditor({
  roundId,
  groupId,
  themes,
  initial,
  banks,
}: {
  roundId: string;
  groupId: string;
  themes: Theme[];
  initial: QuestionSetInput;
  banks: BankOption[];
}) {
  const t = da.rounds.questions;
  const { register, control, handleSubmit, setError, formState } = useForm<QuestionSetInput>({
    resolver: zodResolver(questionSetSchema),
    defaultValues: initial,
  });
  const { fields, insert, remove, swap } = useFieldArray({ control, name: "questions" });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, save } = useRoundSave(setError);
  const [announcement, setAnnouncement] = useState("");

  const indexesOf = (themeId: string) => fields.flatMap((field, index) => (field.themeId === themeId ? [index] : []));
  function add(themeId: string, text: string) {
    const own = indexesOf(themeId);
    // After the theme's last question; or where the theme would begin, so the list stays in theme order.
    const later = themes.slice(themes.findIndex((theme) => theme.id === themeId) + 1).map((theme) => theme.id);
    const at = own.length > 0 ? own[own.length - 1] + 1 : fields.findIndex((field) => later.includes(field.themeId));
    insert(at === -1 ? fields.length : at, { themeId, text, prioritised: false });
  }

  return (
    <div className="flex flex-col gap-8">
      <QuestionBankPicker
        banks={banks}
        themes={themes}
        onPick={(themeId, text) => {
          add(themeId, text);
          setStatus(null);
          setAnnouncement(t.bankAdded);
        }}
      />
      <form
        noValidate
        className="flex flex-col gap-8"
        onSubmit={handleSubmit((values) =>
          save(
            (version) => saveGroupQuestions({ roundId, version, groupId, values }),
            () => t.saved,
          ),
        )}
      >
        <FormStatus status={status} />
        {errors.questions?.message ? (
          <p role="alert" className="font-medium text-red-700">
            {errors.questions.message}
          </p>
        ) : null}
        {themes.map((theme) => {
          const own = indexesOf(theme.id);
          return (
            <fieldset key={theme.id} className="rounded-md border border-slate-300 p-4">
              <legend className="px-1 text-lg font-semibold text-brand-900">{theme.title}</legend>
              {theme.description ? <p className="mb-3 text-sm text-slate-600">{theme.description}</p> : null}
              {own.length === 0 ? <p className="mb-3 text-slate-600">{t.noQuestions}</p> : null}
              <ol className="flex flex-col gap-4">
                {own.map((index, position) => {
                  const id = `q-${fields[index].id}`;
                  const error = errors.questions?.[index]?.text?.message;
                  return (
                    <li key={fields[index].id} className="flex flex-col gap-2 border-b border-slate-200 pb-4 last:border-0">
                      <label htmlFor={id} className="font-medium">
                        {t.question(position + 1)}
                      </label>
                      <textarea
                        id={id}
                        rows={2}
                        className={inputClass}
                        aria-invalid={Boolean(error)}
                        aria-describedby={error ? `${id}-error` : undefined}
                        {...register(`questions.${index}.text`)}
                      />
                      {error ? (
                        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                          {error}
                        </p>
                      ) : null}
                      <div className="flex flex-wrap items-center gap-3">
                        <label className="flex min-h-11 items-center gap-2">
                          <input type="checkbox" className="h-5 w-5" {...register(`questions.${index}.prioritised`)} />
                          {t.prioritised}
                        </label>
                        <Button
                          variant="secondary"
                          aria-label={t.moveUp(position + 1)}
                          disabled={position === 0}
                          onClick={() => swap(index, own[position - 1])}
                        >
                          {t.up}
                        </Button>
                        <Button
                          variant="secondary"
                          aria-label={t.moveDown(position + 1)}
                          disabled={position === own.length - 1}
                          onClick={() => swap(index, own[position + 1])}
                        >
                          {t.down}
                        </Button>
                        <Button variant="secondary" aria-label={t.remove(position + 1)} onClick={() => remove(index)}>
                          {t.removeShort}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ol>
              <div className="mt-3">
                <Button variant="secondary" onClick={() => add(theme.id, "")}>
                  {t.addQuestion}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <div className="sticky bottom-0 flex items-center gap-4 border-t border-slate-200 bg-white py-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t.saving : t.save}
          </Button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
