"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { FieldConflict } from "@/lib/domain/sheets/fields";
import { da } from "@/lib/i18n/da";

/** A field's error and, when another tab saved it meanwhile, the choice between the two versions. */
export function FieldNotes({
  id,
  error,
  conflict,
  onKeepMine,
  onUseTheirs,
}: {
  id: string;
  error?: string;
  conflict?: FieldConflict;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const t = da.sheets.conflict;
  return (
    <>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {conflict ? (
        <div id={`${id}-conflict`} role="alert" className="flex flex-col gap-2 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{t.text}</p>
          <p>
            <span className="font-medium">{t.stored}</span>{" "}
            <span className="whitespace-pre-line">
              {conflict.value === null || conflict.value === "" ? t.empty : String(conflict.value)}
            </span>
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={onKeepMine}>
              {t.keepMine}
            </Button>
            <Button variant="secondary" onClick={onUseTheirs}>
              {t.useTheirs}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}

export function describedBy(id: string, error?: string, conflict?: FieldConflict, extra?: string): string | undefined {
  return [extra, error ? `${id}-error` : null, conflict ? `${id}-conflict` : null].filter(Boolean).join(" ") || undefined;
}

export function AutosaveStatusText({
  status,
  children,
}: {
  status: "saved" | "saving" | "retrying" | "blocked" | "paused";
  children?: ReactNode;
}) {
  const t = da.sheets.status;
  const tone = status === "saved" ? "text-green-800" : status === "saving" ? "text-slate-700" : "text-red-700";
  return (
    <p role="status" aria-live="polite" className={`font-medium ${tone}`}>
      {t[status]}
      {children}
    </p>
  );
}
