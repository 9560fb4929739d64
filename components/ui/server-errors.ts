import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts the server's field messages next to their fields; the typed values stay as they are. */
export function applyServerErrors<T extends FieldValues>(result: { fieldErrors?: Record<string, string[]> }, setError: UseFormSetError<T>): void {
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    setError(field as Path<T>, { type: "server", message: messages[0] });
  }
}
