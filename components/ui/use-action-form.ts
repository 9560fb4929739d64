"use client";

import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyServerErrors } from "./server-errors";

export type FormStatusValue = { kind: "error" | "success"; text: string } | null;
type Result<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action from a react-hook-form submit: field messages go next to their fields,
 * a form message above the form, and the typed values are never reset on failure.
 */
export function useActionForm<V extends FieldValues>(setError: UseFormSetError<V>, unexpected: string) {
  const [status, setStatus] = useState<FormStatusValue>(null);
  async function run<T>(call: () => Promise<Result<T>>, onSuccess: (data: T) => void): Promise<void> {
    setStatus(null);
    try {
      const result = await call();
      if (result.ok) return onSuccess(result.data);
      applyServerErrors(result, setError);
      if (result.formError) setStatus({ kind: "error", text: result.formError });
    } catch {
      setStatus({ kind: "error", text: unexpected });
    }
  }
  return { status, setStatus, run };
}
