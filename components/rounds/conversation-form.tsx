"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { danishDateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cancelConversation, scheduleConversation } from "@/lib/domain/rounds/actions";
import { conversationSchema, type ConversationInput } from "@/lib/domain/rounds/schema";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";
import { useRoundSave } from "./use-round-save";

/** Book, move or cancel one participant's conversation; each sends both parties a calendar update. */
export function ConversationForm({
  roundId,
  participantId,
  name,
  booked,
}: {
  roundId: string;
  participantId: string;
  name: string;
  booked: ConversationInput | null;
}) {
  const t = da.rounds.conversations;
  const { register, handleSubmit, setError, formState } = useForm<ConversationInput>({
    resolver: zodResolver(conversationSchema),
    defaultValues: booked ? { ...booked, date: toDanishDate(booked.date) } : { date: "", time: "", durationMinutes: 60, location: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  const id = (field: string) => `${field}-${participantId}`;
  const mailNote = (queued: boolean) => (queued ? ` ${da.rounds.overview.mailQueued}` : "");
  return (
    <form
      noValidate
      aria-label={t.formLegend(name)}
      className="flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        save(
          (version) => scheduleConversation({ roundId, version, participantId, values }),
          (data) => (data.moved ? t.savedMoved : t.savedNew) + mailNote(data.mailQueued),
        ),
      )}
    >
      <FormStatus status={status} />
      <div className="grid gap-3 sm:grid-cols-4">
        <Field id={id("date")} label={t.date} error={errors.date?.message}>
          {(describedBy, invalid) => (
            <input
              id={id("date")}
              {...danishDateInput}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("date")}
            />
          )}
        </Field>
        <Field id={id("time")} label={t.time} error={errors.time?.message}>
          {(describedBy, invalid) => (
            <input
              id={id("time")}
              type="time"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("time")}
            />
          )}
        </Field>
        <Field id={id("duration")} label={t.duration} error={errors.durationMinutes?.message}>
          {(describedBy, invalid) => (
            <input
              id={id("duration")}
              type="number"
              min={15}
              max={240}
              step={5}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("durationMinutes", { valueAsNumber: true })}
            />
          )}
        </Field>
        <Field id={id("location")} label={t.location} error={errors.location?.message}>
          {(describedBy, invalid) => (
            <input
              id={id("location")}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("location")}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : booked ? t.move : t.book}
        </Button>
        {booked ? (
          <Button
            variant="danger"
            onClick={() =>
              save(
                (version) => cancelConversation({ roundId, version, participantId }),
                (data) => t.cancelled + mailNote(data.mailQueued),
              )
            }
          >
            {t.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
