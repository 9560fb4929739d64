"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { saveRule } from "@/lib/domain/rounds/manager-change/actions";
import { managerChangeRules } from "@/lib/domain/rounds/manager-change/schema";
import { da } from "@/lib/i18n/da";

type Rule = (typeof managerChangeRules)[number];

/** The administrator's choice of what happens to an open round when a participant gets a new leader. */
export function ManagerChangeRuleForm({ rule }: { rule: Rule }) {
  const t = da.managerChange.rule;
  const [value, setValue] = useState<Rule>(rule);
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const result = await saveRule({ rule: value }).catch(() => null);
        setStatus(
          result?.ok
            ? { kind: "success", text: t.saved }
            : {
                kind: "error",
                text: (result && !result.ok && (result.formError ?? result.fieldErrors?.rule?.[0])) || da.errors.unexpected,
              },
        );
        setBusy(false);
      }}
    >
      <FormStatus status={status} />
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t.legend}</legend>
        {managerChangeRules.map((option) => (
          <label key={option} className="flex items-start gap-3">
            <input
              type="radio"
              name="managerChangeRule"
              value={option}
              checked={value === option}
              onChange={() => setValue(option)}
              aria-describedby={`rule-${option}-hint`}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span className="min-w-0">
              <span className="font-medium">{t[option]}</span>
              <span id={`rule-${option}-hint`} className="block text-sm text-slate-600">
                {t[`${option}_hint`]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
