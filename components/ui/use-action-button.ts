"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { da } from "@/lib/i18n/da";
import type { FormStatusValue } from "./use-action-form";

type Result<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action from a button (no form): busy while it runs, the refusal's message (or the
 * first field message) as the status, the page's server data refreshed after success.
 */
export function useActionButton() {
  const router = useRouter();
  const [status, setStatus] = useState<FormStatusValue>(null);
  const [busy, setBusy] = useState(false);
  async function run<T>(call: () => Promise<Result<T>>, success?: (data: T) => string | null): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      const result = await call();
      if (result.ok) {
        const text = success?.(result.data) ?? null;
        if (text) setStatus({ kind: "success", text });
        router.refresh();
      } else {
        setStatus({ kind: "error", text: result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? da.errors.unexpected });
      }
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(false);
    }
  }
  return { status, setStatus, busy, run };
}
