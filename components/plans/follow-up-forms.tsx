"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { danishDateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { bookMiniMus, recordFollowUp } from "@/lib/domain/plans/actions";
import { followUpSchema, followUpStates, miniMusSchema, type FollowUpInput, type MiniMusInput } from "@/lib/domain/plans/schema";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";

const t = da.plans.followUp;

/** A follow-up note on the signed plan: when, what was said, where each practice action stands. */
export function FollowUpForm({
  planId,
  actions,
  lastStates,
  today,
}: {
  planId: string;
  actions: string[];
  lastStates: string[];
  today: string;
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<FollowUpInput>({
    resolver: zodResolver(followUpSchema),
    defaultValues: {
      heldOn: toDanishDate(today),
      note: "",
      actionStates: actions.map((_, index) => (lastStates[index] ?? "notStarted") as FollowUpInput["actionStates"][number]),
    },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      aria-label={t.save}
      className="flex flex-col gap-4"
      onSubmit={handleSubmit((values) =>
        run(
          () => recordFollowUp({ planId, values }),
          () => {
            setStatus({ kind: "success", text: t.saved });
            reset({ ...values, heldOn: toDanishDate(values.heldOn), note: "" });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="follow-up-held-on" label={t.heldOn} error={errors.heldOn?.message}>
        {(describedBy, invalid) => (
          <input
            id="follow-up-held-on"
            {...danishDateInput}
            className={`${inputClass} w-48`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("heldOn")}
          />
        )}
      </Field>
      {actions.map((what, index) => (
        <Field
          key={index}
          id={`follow-up-action-${index}`}
          label={t.actionState(index + 1, what)}
          error={errors.actionStates?.[index]?.message}
        >
          {(describedBy, invalid) => (
            <select
              id={`follow-up-action-${index}`}
              className={`${inputClass} w-56 bg-white`}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register(`actionStates.${index}`)}
            >
              {followUpStates.map((state) => (
                <option key={state} value={state}>
                  {t.states[state]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <Field id="follow-up-note" label={t.note} error={errors.note?.message}>
        {(describedBy, invalid) => (
          <textarea
            id="follow-up-note"
            rows={4}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("note")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}

/** Book or move the mini-MUS: both parties get the calendar invitation. */
export function MiniMusForm({ planId, booked }: { planId: string; booked: MiniMusInput | null }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<MiniMusInput>({
    resolver: zodResolver(miniMusSchema),
    defaultValues: booked ? { ...booked, date: toDanishDate(booked.date) } : { date: "", time: "", durationMinutes: 15, location: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      aria-label={booked ? t.move : t.book}
      className="flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run(
          () => bookMiniMus({ planId, values }),
          (data) => {
            setStatus({
              kind: "success",
              text: (data.moved ? t.bookedMoved : t.bookedNew) + (data.mailQueued ? ` ${da.rounds.overview.mailQueued}` : ""),
            });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="mini-date" label={t.date} error={errors.date?.message}>
          {(describedBy, invalid) => (
            <input
              id="mini-date"
              {...danishDateInput}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("date")}
            />
          )}
        </Field>
        <Field id="mini-time" label={t.time} error={errors.time?.message}>
          {(describedBy, invalid) => (
            <input
              id="mini-time"
              type="time"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("time")}
            />
          )}
        </Field>
        <Field id="mini-duration" label={t.duration} error={errors.durationMinutes?.message}>
          {(describedBy, invalid) => (
            <input
              id="mini-duration"
              type="number"
              min={5}
              max={240}
              step={5}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("durationMinutes", { valueAsNumber: true })}
            />
          )}
        </Field>
        <Field id="mini-location" label={t.location} error={errors.location?.message}>
          {(describedBy, invalid) => (
            <input
              id="mini-location"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("location")}
            />
          )}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : booked ? t.move : t.book}
        </Button>
      </div>
    </form>
  );
}
