"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveKickoff } from "@/lib/domain/rounds/actions";
import { kickoffSchema, type KickoffInput } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";
import { useRoundSave } from "./use-round-save";

export function KickoffForm({
  roundId,
  initial,
  editable,
  body,
}: {
  roundId: string;
  initial: KickoffInput;
  editable: boolean;
  /** The municipality's name for its cooperation body. */
  body: string;
}) {
  const t = da.rounds.kickoff;
  const { register, control, handleSubmit, setError, formState } = useForm<KickoffInput>({
    resolver: zodResolver(kickoffSchema),
    defaultValues: initial,
  });
  const goals = useFieldArray({ control, name: "developmentGoals" });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  return (
    <form
      noValidate
      className="flex max-w-3xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        save(
          (version) => saveKickoff({ roundId, version, values }),
          () => da.rounds.overview.saved,
        ),
      )}
    >
      <FormStatus status={status} />
      <fieldset disabled={!editable} className="flex flex-col gap-6">
        <Field id="coreTask" label={t.coreTask} hint={t.coreTaskHint} error={errors.coreTask?.message}>
          {(describedBy, invalid) => (
            <textarea
              id="coreTask"
              rows={4}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("coreTask")}
            />
          )}
        </Field>
        <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t.goalsLegend}</legend>
          {goals.fields.length === 0 ? <p className="text-slate-600">{t.noGoals}</p> : null}
          {errors.developmentGoals?.message ? <p className="text-sm font-medium text-red-700">{errors.developmentGoals.message}</p> : null}
          <ol className="flex flex-col gap-3">
            {goals.fields.map((goal, index) => (
              <li key={goal.id} className="flex items-end gap-3">
                <div className="flex-1">
                  <Field id={`goal-${index}`} label={t.goalLabel(index + 1)} error={errors.developmentGoals?.[index]?.text?.message}>
                    {(describedBy, invalid) => (
                      <input
                        id={`goal-${index}`}
                        className={`${inputClass} w-full`}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        {...register(`developmentGoals.${index}.text`)}
                      />
                    )}
                  </Field>
                </div>
                {editable ? (
                  <Button variant="secondary" aria-label={t.removeGoal(index + 1)} onClick={() => goals.remove(index)}>
                    {da.rounds.questions.removeShort}
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          {editable ? (
            <div>
              <Button variant="secondary" onClick={() => goals.append({ text: "" })}>
                {t.addGoal}
              </Button>
            </div>
          ) : null}
        </fieldset>
        <Field id="kickoffNotes" label={t.notes} hint={t.notesHint(body)} error={errors.kickoffNotes?.message}>
          {(describedBy, invalid) => (
            <textarea
              id="kickoffNotes"
              rows={8}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("kickoffNotes")}
            />
          )}
        </Field>
        {editable ? (
          <div>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? da.rounds.overview.saving : da.rounds.overview.save}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
