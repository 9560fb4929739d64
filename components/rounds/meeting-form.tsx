"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { danishDateInput } from "@/components/ui/date-input";
import { toDanishDate } from "@/lib/dates/danish";
import { cancelMeeting, setMeeting } from "@/lib/domain/rounds/meetings/actions";
import type { MeetingView } from "@/lib/domain/rounds/meetings/loaders";
import { meetingValuesSchema, type MeetingInput, type MeetingKind } from "@/lib/domain/rounds/meetings/schema";
import { da } from "@/lib/i18n/da";
import { useRoundSave } from "./use-round-save";

/**
 * Sets, moves or cancels one of the round's common meetings (the kick-off, a group's GRUS, the
 * wrap-up); each change sends everyone concerned a calendar invitation or its update.
 */
export function MeetingForm({
  roundId,
  kind,
  groupId,
  groupName,
  meeting,
  editable,
}: {
  roundId: string;
  kind: MeetingKind;
  groupId: string | null;
  groupName?: string;
  meeting: MeetingView;
  editable: boolean;
}) {
  const t = da.meetings;
  const standing = meeting.values !== null && !meeting.cancelled;
  const { register, handleSubmit, setError, formState } = useForm<MeetingInput>({
    resolver: zodResolver(meetingValuesSchema),
    defaultValues: meeting.values
      ? { ...meeting.values, date: toDanishDate(meeting.values.date) }
      : { date: "", time: "", durationMinutes: kind === "GRUS" ? 90 : 60, location: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  const id = (field: string) => `meeting-${kind.toLowerCase()}-${groupId ?? "round"}-${field}`;
  const mailNote = (queued: boolean) => (queued ? ` ${da.rounds.overview.mailQueued}` : "");
  const headingId = id("heading");
  // A group's GRUS sits inside the group's own section, under its heading.
  const Heading = groupName ? "h4" : "h3";
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
      <Heading id={headingId} className="text-lg font-semibold text-brand-900">
        {t.heading}
      </Heading>
      <p className="text-slate-700">{t.lead[kind]}</p>
      <p className="font-medium">{meeting.summary}</p>
      {meeting.withoutEmail.length > 0 ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t.withoutEmail(meeting.withoutEmail.join(", "))}
        </p>
      ) : null}
      {editable ? (
        <form
          noValidate
          aria-label={t.formLegend(kind, groupName)}
          className="flex flex-col gap-3"
          onSubmit={handleSubmit((values) =>
            save(
              (version) => setMeeting({ roundId, version, kind, groupId, values }),
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
              {isSubmitting ? t.saving : standing ? t.move : t.save}
            </Button>
            {standing ? (
              <Button
                variant="danger"
                onClick={() =>
                  save(
                    (version) => cancelMeeting({ roundId, version, kind, groupId }),
                    (data) => t.cancelled + mailNote(data.mailQueued),
                  )
                }
              >
                {t.cancel}
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
