"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { saveRoundDetails } from "@/lib/domain/rounds/actions";
import { roundDetailsSchema, type RoundDetailsInput } from "@/lib/domain/rounds/schema";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";
import { RoundDetailsFields } from "./round-details-fields";
import { useRoundSave } from "./use-round-save";

export function DetailsForm({ roundId, initial, editable }: { roundId: string; initial: RoundDetailsInput; editable: boolean }) {
  const t = da.rounds;
  const { register, handleSubmit, setError, formState } = useForm<RoundDetailsInput>({
    resolver: zodResolver(roundDetailsSchema),
    defaultValues: {
      ...initial,
      kickoffDate: toDanishDate(initial.kickoffDate),
      conversationsFrom: toDanishDate(initial.conversationsFrom),
      conversationsTo: toDanishDate(initial.conversationsTo),
      wrapUpDate: toDanishDate(initial.wrapUpDate),
      followUpDate: toDanishDate(initial.followUpDate),
    },
  });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  return (
    <form
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      onSubmit={handleSubmit((values) =>
        save(
          (version) => saveRoundDetails({ roundId, version, values }),
          () => t.overview.saved,
        ),
      )}
    >
      <FormStatus status={status} />
      <fieldset disabled={!editable} className="flex flex-col gap-5">
        <RoundDetailsFields register={register} errors={errors} />
        {editable ? (
          <div>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t.overview.saving : t.overview.save}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
