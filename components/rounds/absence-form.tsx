"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { absenceReasons, markAbsentSchema, type MarkAbsentInput } from "@/lib/domain/rounds/absence-schema";
import { bringParticipantBack, markParticipantAbsent } from "@/lib/domain/rounds/actions";
import { da } from "@/lib/i18n/da";
import { useRoundSave } from "./use-round-save";

/**
 * One participant's "not this round": a reason category (never free text) and the button; or, for
 * someone marked so, the button that brings them back (a catch-up conversation once the wrap-up has begun).
 */
export function AbsenceForm({
  roundId,
  participantId,
  name,
  absent,
  catchUp,
}: {
  roundId: string;
  participantId: string;
  name: string;
  absent: boolean;
  /** Bringing back now gives a catch-up conversation (the wrap-up has begun). */
  catchUp: boolean;
}) {
  const t = da.rounds.absence;
  const { register, handleSubmit, setError, formState } = useForm<MarkAbsentInput>({
    resolver: zodResolver(markAbsentSchema),
    defaultValues: { roundId, participantId, version: 1, reason: undefined },
  });
  const { status, save } = useRoundSave(setError);
  const id = `absence-${participantId}`;
  if (absent)
    return (
      <form
        noValidate
        aria-label={catchUp ? t.catchUp(name) : t.back(name)}
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          // Nothing to fill in: the reason belongs to marking someone away, not to bringing them back.
          event.preventDefault();
          void save(
            (version) => bringParticipantBack({ roundId, participantId, version }),
            (data) => (data.catchUp ? t.catchUpDone(name, data.invited) : t.backDone(name, data.invited)),
          );
        }}
      >
        <FormStatus status={status} />
        <div>
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            {catchUp ? t.catchUp(name) : t.back(name)}
          </Button>
        </div>
      </form>
    );
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700">{t.markShort}</summary>
      <form
        noValidate
        aria-label={t.mark(name)}
        className="mt-2 flex flex-col gap-2 sm:max-w-md"
        onSubmit={handleSubmit((values) =>
          save(
            (version) => markParticipantAbsent({ ...values, version }),
            (data) => t.marked(name, data.cancelled),
          ),
        )}
      >
        <FormStatus status={status} />
        <Field id={id} label={t.reason} hint={t.reasonHint} error={formState.errors.reason?.message}>
          {(describedBy, invalid) => (
            <select id={id} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("reason")}>
              <option value="">{t.chooseReason}</option>
              {absenceReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t.reasons[reason]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            {t.mark(name)}
          </Button>
        </div>
      </form>
    </details>
  );
}
