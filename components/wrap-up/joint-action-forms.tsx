"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { danishDateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { addJointAction, removeJointAction, saveJointAction, setJointActionStatus } from "@/lib/domain/wrap-up/actions";
import { jointActionSchema, jointActionStatuses, type JointActionInput } from "@/lib/domain/wrap-up/schema";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";

const t = da.wrapUp.meeting;

type Row = { id: string; version: number; values: JointActionInput; status: (typeof jointActionStatuses)[number] };

/** What, when, who, how it is followed up: to add a row, or to mend one (then with its version). */
export function JointActionForm({ roundId, row, idPrefix }: { roundId: string; row?: Row; idPrefix: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<JointActionInput>({
    resolver: zodResolver(jointActionSchema),
    defaultValues: row ? { ...row.values, dueDate: toDanishDate(row.values.dueDate) } : { what: "", dueDate: "", who: "", followUpHow: "" },
  });
  const { errors, isSubmitting } = formState;
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form
      noValidate
      aria-label={row ? t.save : t.addHeading}
      className="flex flex-col gap-3"
      onSubmit={handleSubmit((values) =>
        run<unknown>(
          () => (row ? saveJointAction({ roundId, actionId: row.id, version: row.version, values }) : addJointAction({ roundId, values })),
          () => {
            setStatus({ kind: "success", text: row ? t.saved : t.added });
            if (!row) reset({ what: "", dueDate: "", who: "", followUpHow: "" });
            router.refresh();
          },
        ),
      )}
    >
      <FormStatus status={status} />
      <Field id={id("what")} label={t.what} error={errors.what?.message}>
        {(describedBy, invalid) => (
          <textarea
            id={id("what")}
            rows={2}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("what")}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-4">
        <Field id={id("due")} label={t.dueDate} error={errors.dueDate?.message}>
          {(describedBy, invalid) => (
            <input
              id={id("due")}
              {...danishDateInput}
              className={`${inputClass} w-48`}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("dueDate")}
            />
          )}
        </Field>
        <Field id={id("who")} label={t.who} error={errors.who?.message}>
          {(describedBy, invalid) => (
            <input
              id={id("who")}
              className={`${inputClass} w-72`}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("who")}
            />
          )}
        </Field>
      </div>
      <Field id={id("follow-up")} label={t.followUp} error={errors.followUpHow?.message}>
        {(describedBy, invalid) => (
          <textarea
            id={id("follow-up")}
            rows={2}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("followUpHow")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {row ? t.save : t.add}
        </Button>
      </div>
    </form>
  );
}

/** A row's status (through the follow-up), and removing it (in the wrap-up). */
export function JointActionControls({
  roundId,
  row,
  position,
  removable,
}: {
  roundId: string;
  row: Row;
  position: number;
  removable: boolean;
}) {
  const { status, busy, run } = useActionButton();
  const selectId = `joint-${row.id}-status`;
  return (
    <div className="flex flex-col gap-2">
      <FormStatus status={status} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="font-medium">
            {da.wrapUp.followUp.setStatus(position)}
          </label>
          <select
            id={selectId}
            className={`${inputClass} w-64 bg-white`}
            value={row.status}
            disabled={busy}
            onChange={(event) =>
              run(() =>
                setJointActionStatus({ roundId, actionId: row.id, version: row.version, status: event.target.value as Row["status"] }),
              )
            }
          >
            {jointActionStatuses.map((value) => (
              <option key={value} value={value}>
                {t.statuses[value]}
              </option>
            ))}
          </select>
        </div>
        {removable ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              run(
                () => removeJointAction({ roundId, actionId: row.id, version: row.version }),
                () => t.removed,
              )
            }
          >
            {t.remove}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
