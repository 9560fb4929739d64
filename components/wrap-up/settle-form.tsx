"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { settleAgreement } from "@/lib/domain/wrap-up/actions";
import { settlementDecisions, settlementSchema, type SettlementInput } from "@/lib/domain/wrap-up/schema";
import { da } from "@/lib/i18n/da";

const t = da.wrapUp.meeting;

/** How a practice action that waited for the wrap-up was settled; the employee is told. */
export function SettleForm(props: {
  roundId: string;
  kind: "MUS" | "LUS";
  planId: string;
  versionNumber: number;
  actionIndex: number;
  idPrefix: string;
  label: string;
  current: SettlementInput | null;
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SettlementInput>({
    resolver: zodResolver(settlementSchema),
    defaultValues: props.current ?? { decision: undefined, note: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = (field: string) => `${props.idPrefix}-${field}`;
  return (
    <form
      noValidate
      aria-label={props.label}
      className="flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run(
          () =>
            settleAgreement({
              roundId: props.roundId,
              planId: props.planId,
              versionNumber: props.versionNumber,
              actionIndex: props.actionIndex,
              values,
            }),
          () => {
            setStatus({ kind: "success", text: t.settledNow(props.kind) });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.decision ? id("decision-error") : undefined}>
        <legend className="font-medium">{t.decision}</legend>
        <div className="flex flex-wrap gap-x-6">
          {settlementDecisions.map((decision) => (
            <label key={decision} className="flex min-h-11 items-center gap-2">
              <input type="radio" className="h-5 w-5" value={decision} {...register("decision")} />
              {t.decisions[decision]}
            </label>
          ))}
        </div>
        {errors.decision ? (
          <p id={id("decision-error")} className="text-sm font-medium text-red-700">
            {errors.decision.message}
          </p>
        ) : null}
      </fieldset>
      <Field id={id("note")} label={t.note(props.kind)} error={errors.note?.message}>
        {(describedBy, invalid) => (
          <textarea
            id={id("note")}
            rows={2}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("note")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t.settle}
        </Button>
      </div>
    </form>
  );
}
