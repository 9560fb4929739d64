"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { da } from "@/lib/i18n/da";

export type BankOption = { id: string; title: string; questions: string[] };

/** Pick ready-made questions (Skema 2 and 3, the simple questions, keywords, earlier rounds). */
export function QuestionBankPicker({
  banks,
  themes,
  onPick,
}: {
  banks: BankOption[];
  themes: { id: string; title: string }[];
  onPick: (themeId: string, text: string) => void;
}) {
  const t = da.rounds.questions;
  const [bankId, setBankId] = useState(banks[0]?.id ?? "");
  const [themeId, setThemeId] = useState(themes[0]?.id ?? "");
  const bank = banks.find((candidate) => candidate.id === bankId);
  return (
    <details className="rounded-md border border-slate-300 bg-slate-50 p-4">
      <summary className="cursor-pointer text-lg font-semibold text-brand-900">{t.bankHeading}</summary>
      {/* min-w-0: a select is as wide as its longest option; on a phone it takes the row's width instead. */}
      <div className="mt-3 flex flex-wrap gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="bank" className="font-medium">
            {t.bankLabel}
          </label>
          <select id="bank" className={inputClass} value={bankId} onChange={(event) => setBankId(event.target.value)}>
            {banks.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="bank-theme" className="font-medium">
            {t.bankTheme}
          </label>
          <select id="bank-theme" className={inputClass} value={themeId} onChange={(event) => setThemeId(event.target.value)}>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {bank && bank.questions.length === 0 ? <p className="mt-3 text-slate-600">{t.noEarlier}</p> : null}
      <ul className="mt-3 flex flex-col gap-2">
        {bank?.questions.map((question) => (
          <li key={question} className="flex items-start justify-between gap-3">
            <span>{question}</span>
            <Button
              variant="secondary"
              className="shrink-0"
              aria-label={t.bankAddLabel(question)}
              onClick={() => onPick(themeId, question)}
            >
              {t.bankAdd}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
