"use client";

import { useRouter } from "next/navigation";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { da } from "@/lib/i18n/da";
import { useRoundVersion } from "./round-version";

type Result<T> = { ok: true; data: T & { version: number } } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * Saves part of a round: sends the version this browser knows, takes the new one back, refreshes
 * the server-rendered parts of the page, and on a refusal keeps everything that was typed.
 */
export function useRoundSave<V extends FieldValues>(setError: UseFormSetError<V>) {
  const router = useRouter();
  const { version, setVersion } = useRoundVersion();
  const { status, setStatus, run } = useActionForm(setError, da.errors.unexpected);
  async function save<T>(call: (version: number) => Promise<Result<T>>, success: (data: T) => string) {
    await run(
      () => call(version),
      (data) => {
        setVersion(data.version);
        setStatus({ kind: "success", text: success(data) });
        router.refresh();
      },
    );
  }
  return { status, setStatus, save };
}
