"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { handOverRound } from "@/lib/domain/rounds/handover/actions";
import { handoverValuesSchema, type HandoverValues } from "@/lib/domain/rounds/handover/schema";
import { da } from "@/lib/i18n/da";

type Candidate = { id: string; name: string; jobTitle: string | null; unit: string | null };

/**
 * Hands the round over. The notes choice is offered to the round's own leader only (the notes are
 * theirs); a confirmation box stands before the button, since the old leader loses the round at once.
 */
export function HandoverForm({ roundId, candidates, isLeader }: { roundId: string; candidates: Candidate[]; isLeader: boolean }) {
  const t = da.handover;
  // Once handed over, this page may no longer be theirs to see (the old leader, or a leader who is
  // not above the new one), so the confirmation stays on screen instead of reloading the page.
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<HandoverValues>({
    resolver: zodResolver(handoverValuesSchema),
    defaultValues: { toLeaderId: "", handOverNotes: false, confirmed: false },
  });
  const { errors, isSubmitting } = formState;
  const { status, run } = useActionForm(setError, da.errors.unexpected);

  if (done)
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <FormStatus status={{ kind: "success", text: done }} />
        <p>
          <Link href="/runder" className="font-medium text-brand-700 underline underline-offset-4">
            {t.back}
          </Link>
        </p>
      </div>
    );

  return (
    <form
      noValidate
      className="flex max-w-2xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        run(
          () => handOverRound({ roundId, values }),
          ({ toLeader }) => setDone(t.done(toLeader)),
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="toLeaderId" label={t.toLeader} hint={t.toLeaderHint} error={errors.toLeaderId?.message}>
        {(describedBy, invalid) => (
          <select id="toLeaderId" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("toLeaderId")}>
            <option value="">{t.choose}</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {[person.name, person.jobTitle, person.unit].filter(Boolean).join(" · ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      {isLeader ? (
        <div className="flex flex-col gap-1">
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              className="mt-1 h-5 w-5"
              aria-describedby={`handOverNotes-hint${errors.handOverNotes ? " handOverNotes-error" : ""}`}
              {...register("handOverNotes")}
            />
            <span className="font-medium">{t.notes}</span>
          </label>
          <p id="handOverNotes-hint" className="text-sm text-slate-600">
            {t.notesHint}
          </p>
          {errors.handOverNotes?.message ? (
            <p id="handOverNotes-error" className="text-sm font-medium text-red-700">
              {errors.handOverNotes.message}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-slate-700">{t.notesNotYours}</p>
      )}
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            className="mt-1 h-5 w-5"
            aria-invalid={Boolean(errors.confirmed)}
            aria-describedby={errors.confirmed ? "confirmed-error" : undefined}
            {...register("confirmed")}
          />
          <span>{t.confirm}</span>
        </label>
        {errors.confirmed?.message ? (
          <p id="confirmed-error" className="text-sm font-medium text-red-700">
            {errors.confirmed.message}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
