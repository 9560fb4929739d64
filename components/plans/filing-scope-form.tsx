"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { saveFilingScope } from "@/lib/domain/organisation/actions";
import { da } from "@/lib/i18n/da";

type Scope = "FULL" | "AGREEMENTS";

/** The administrator's choice of what each plan's PDF holds when it is filed. */
export function FilingScopeForm({ scope }: { scope: Scope }) {
  const t = da.admin.filing;
  const [value, setValue] = useState<Scope>(scope);
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const result = await saveFilingScope({ scope: value }).catch(() => null);
        setStatus(
          result?.ok
            ? { kind: "success", text: t.saved }
            : { kind: "error", text: (result && !result.ok && result.formError) || da.errors.unexpected },
        );
        setBusy(false);
      }}
    >
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t.legend}</legend>
        <p className="text-sm text-slate-600">{t.hint}</p>
        {(["FULL", "AGREEMENTS"] as const).map((option) => (
          <label key={option} className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="scope"
              value={option}
              checked={value === option}
              onChange={() => setValue(option)}
              className="h-5 w-5"
            />
            {t[option]}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={busy}>
          {t.save}
        </Button>
      </div>
    </form>
  );
}
