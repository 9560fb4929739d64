import type { FormEventHandler, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/**
 * One of Administration's settings forms, as they all look: the form's message, a fieldset with
 * its legend and hint (the fieldset described by the hint), the fields, and the save button. The
 * form itself (react-hook-form, the action) stays with each setting.
 */
export function SettingsForm({
  id,
  legend,
  hint,
  status,
  onSubmit,
  submitting,
  save,
  saving,
  children,
}: {
  id: string;
  legend: string;
  hint: string;
  status: { kind: "error" | "success"; text: string } | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  save: string;
  saving: string;
  children: ReactNode;
}) {
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-4" aria-describedby={`${id}-hint`}>
        <legend className="font-semibold">{legend}</legend>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
        {children}
      </fieldset>
      <div>
        <Button type="submit" disabled={submitting}>
          {submitting ? saving : save}
        </Button>
      </div>
    </form>
  );
}
