"use client";

import { useState } from "react";
import { parseDanishDate, toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";

// Every date field is a text field in dd-mm-åååå (lib/dates/danish.ts): a native date field
// follows the browser's language, not the page's, and shows mm/dd/yyyy in an English browser.

/** Spread on an input registered with react-hook-form; the form's zod schema reads the text. */
export const danishDateInput = {
  type: "text",
  inputMode: "numeric",
  autoComplete: "off",
  placeholder: da.common.datePlaceholder,
  maxLength: 10,
} as const;

/**
 * A controlled date field for values kept elsewhere (the plan's live document, an autosaved note):
 * shows the ISO value as dd-mm-åååå and hands back ISO once the text is a date, or "" when emptied.
 * Nothing half-typed is stored; text that is no date says so next to the field when it is left, and
 * stays there to be corrected (the server checks the stored value again).
 */
export function DateInput({
  id,
  value,
  onChange,
  className,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  // The text while typing; null follows the value (also when the other party changes it).
  const [typing, setTyping] = useState<string | null>(null);
  const [wrong, setWrong] = useState(false);
  const errorId = `${id}-date-error`;
  return (
    <>
      <input
        {...danishDateInput}
        id={id}
        className={className}
        aria-describedby={[describedBy, wrong ? errorId : null].filter(Boolean).join(" ") || undefined}
        aria-invalid={invalid || wrong}
        value={typing ?? toDanishDate(value)}
        onChange={(event) => {
          const text = event.target.value;
          setTyping(text);
          const iso = text.trim() === "" ? "" : parseDanishDate(text);
          if (iso !== null) setWrong(false);
          if (iso !== null && iso !== value) onChange(iso);
        }}
        onBlur={() => {
          if (typing === null) return;
          const iso = typing.trim() === "" ? "" : parseDanishDate(typing);
          setWrong(iso === null);
          if (iso !== null) setTyping(null);
        }}
      />
      {wrong ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {da.rounds.errors.date}
        </p>
      ) : null}
    </>
  );
}
