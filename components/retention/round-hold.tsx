"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { liftHold, placeRoundHoldAction } from "@/lib/domain/retention/actions";
import { roundHoldSchema } from "@/lib/domain/retention/schema";
import { da } from "@/lib/i18n/da";

type RoundHoldInput = z.input<typeof roundHoldSchema>;

export type RoundChoice = { id: string; label: string };

/** On the retention page: puts a whole round's deletion on hold, for a case about the round. */
export function RoundHoldForm({ rounds, note }: { rounds: RoundChoice[]; note: string | null }) {
  const t = da.retention.hold;
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<RoundHoldInput>({
    resolver: zodResolver(roundHoldSchema),
    defaultValues: { roundId: "", reason: "" },
  });
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      aria-labelledby="round-hold"
      className="flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run(
          () => placeRoundHoldAction(values),
          ({ duringRun }) => {
            setStatus({ kind: "success", text: duringRun ? `${t.round.placed} ${t.placedDuringRun}` : t.round.placed });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="round-hold-round" label={t.round.label} hint={note ?? undefined} error={formState.errors.roundId?.message}>
        {(describedBy, invalid) => (
          <select
            id="round-hold-round"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("roundId")}
          >
            <option value="">{t.round.choose}</option>
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="round-hold-reason" label={t.reason} hint={t.reasonHint} error={formState.errors.reason?.message}>
        {(describedBy, invalid) => (
          <textarea
            id="round-hold-reason"
            rows={3}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("reason")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t.round.place}
        </Button>
      </div>
    </form>
  );
}

/** A lift button in the list of standing holds. */
export function LiftHoldButton({ holdId, name }: { holdId: string; name: string }) {
  const t = da.retention.hold;
  const { status, busy, run } = useActionButton();
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        disabled={busy}
        aria-label={t.liftFor(name)}
        onClick={() =>
          run(
            () => liftHold({ holdId }),
            () => t.lifted,
          )
        }
      >
        {t.lift}
      </Button>
      <FormStatus status={status} />
    </div>
  );
}
