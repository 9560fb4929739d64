"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { SettingsForm } from "./settings-form";
import { saveParticipantRules } from "@/lib/domain/organisation/actions";
import { participantRulesSchema, type ParticipantRulesInput } from "@/lib/domain/organisation/participant-rules-schema";
import { da } from "@/lib/i18n/da";

/** The municipality's rules for who a new round invites by default (the leader can include anyone). */
export function ParticipantRulesForm({ initial }: { initial: ParticipantRulesInput }) {
  const t = da.employment.settings;
  const { register, handleSubmit, setError, formState } = useForm<ParticipantRulesInput>({
    resolver: zodResolver(participantRulesSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  return (
    <SettingsForm
      id="participant-rules"
      legend={t.legend}
      hint={t.hint}
      status={status}
      submitting={isSubmitting}
      save={t.save}
      saving={t.saving}
      onSubmit={handleSubmit((values) =>
        run(
          () => saveParticipantRules(values),
          () => setStatus({ kind: "success", text: t.saved }),
        ),
      )}
    >
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="h-5 w-5" {...register("inviteHourlySubstitutes")} />
        {t.inviteHourly}
      </label>
      <Field id="seniorConversationAge" label={t.seniorAge} hint={t.seniorAgeHint} error={errors.seniorConversationAge?.message}>
        {(describedBy, invalid) => (
          <input
            id="seniorConversationAge"
            inputMode="numeric"
            className={`${inputClass} w-24`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("seniorConversationAge")}
          />
        )}
      </Field>
      <Field
        id="minimumEmploymentMonths"
        label={t.minimumMonths}
        hint={t.minimumMonthsHint}
        error={errors.minimumEmploymentMonths?.message}
      >
        {(describedBy, invalid) => (
          <input
            id="minimumEmploymentMonths"
            inputMode="numeric"
            className={`${inputClass} w-24`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("minimumEmploymentMonths")}
          />
        )}
      </Field>
    </SettingsForm>
  );
}
