"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { liftHold, placeHold } from "@/lib/domain/retention/actions";
import { legalHoldSchema } from "@/lib/domain/retention/schema";
import { da } from "@/lib/i18n/da";
import type { z } from "zod";

type HoldInput = z.input<typeof legalHoldSchema>;

/** On a person's admin page: the standing hold with its lift button, or the form that places one. */
export function LegalHoldPanel({
  personId,
  standing,
}: {
  personId: string;
  standing: { id: string; text: string; reason: string } | null;
}) {
  const t = da.retention.hold;
  return (
    <section aria-labelledby="legal-hold" className="mt-10 max-w-2xl rounded-lg border border-slate-200 p-5">
      <h2 id="legal-hold" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.lead}</p>
      {standing ? <StandingHold hold={standing} /> : <PlaceHold personId={personId} />}
    </section>
  );
}

function StandingHold({ hold }: { hold: { id: string; text: string; reason: string } }) {
  const t = da.retention.hold;
  const { status, busy, run } = useActionButton();
  return (
    <div className="mt-4 flex flex-col gap-3">
      <p className="font-medium">{hold.text}</p>
      <p className="whitespace-pre-line text-slate-800">{hold.reason}</p>
      <FormStatus status={status} />
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() =>
            run(
              () => liftHold({ holdId: hold.id }),
              () => t.lifted,
            )
          }
        >
          {t.lift}
        </Button>
      </div>
    </div>
  );
}

function PlaceHold({ personId }: { personId: string }) {
  const t = da.retention.hold;
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<HoldInput>({
    resolver: zodResolver(legalHoldSchema),
    defaultValues: { personId, reason: "" },
  });
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run(
          () => placeHold(values),
          ({ duringRun }) => {
            setStatus({ kind: "success", text: duringRun ? `${t.placed} ${t.placedDuringRun}` : t.placed });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="hold-reason" label={t.reason} hint={t.reasonHint} error={formState.errors.reason?.message}>
        {(describedBy, invalid) => (
          <textarea
            id="hold-reason"
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
          {t.place}
        </Button>
      </div>
    </form>
  );
}
