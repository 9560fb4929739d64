"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { liftProcessingRestriction, restrictProcessing } from "@/lib/domain/restriction/actions";
import { placeRestrictionSchema, restrictionGrounds, type PlaceRestrictionInput } from "@/lib/domain/restriction/schema";
import { da } from "@/lib/i18n/da";

/**
 * On a person's admin page: restriction of processing (GDPR art. 18). The standing restriction
 * with its ground and the button that lifts it, or the form that places one.
 */
export function RestrictionPanel({ personId, standing }: { personId: string; standing: { text: string; ground: string } | null }) {
  const t = da.restriction;
  return (
    <section aria-labelledby="restriction" className="mt-10 max-w-2xl rounded-lg border border-slate-200 p-5">
      <h2 id="restriction" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.lead}</p>
      {standing ? <StandingRestriction personId={personId} standing={standing} /> : <PlaceRestriction personId={personId} />}
    </section>
  );
}

function StandingRestriction({ personId, standing }: { personId: string; standing: { text: string; ground: string } }) {
  const t = da.restriction;
  const { status, busy, run } = useActionButton();
  return (
    <div className="mt-4 flex flex-col gap-3">
      <p className="font-medium">{standing.text}</p>
      <p className="text-slate-800">{t.standingGround(standing.ground)}</p>
      <FormStatus status={status} />
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() =>
            run(
              () => liftProcessingRestriction({ personId }),
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

function PlaceRestriction({ personId }: { personId: string }) {
  const t = da.restriction;
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<PlaceRestrictionInput>({
    resolver: zodResolver(placeRestrictionSchema),
    // No ground chosen until the administrator picks one: the schema refuses the empty choice.
    defaultValues: { personId, ground: "" as PlaceRestrictionInput["ground"] },
  });
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run(
          () => restrictProcessing(values),
          () => {
            setStatus({ kind: "success", text: t.placed });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id="restriction-ground" label={t.ground} hint={t.groundHint} error={formState.errors.ground?.message}>
        {(describedBy, invalid) => (
          <select
            id="restriction-ground"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("ground")}
          >
            <option value="">{t.chooseGround}</option>
            {restrictionGrounds.map((ground) => (
              <option key={ground} value={ground}>
                {t.grounds[ground]}
              </option>
            ))}
          </select>
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
