import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts the server's field messages next to their fields; the typed values stay as they are.
 * Actions that take the form's values under `values` (next to ids and versions) report paths
 * like "values.title"; the form knows the field as "title".
 */
export function applyServerErrors<T extends FieldValues>(
  result: { fieldErrors?: Record<string, string[]> },
  setError: UseFormSetError<T>,
): void {
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    setError(field.replace(/^values\./, "") as Path<T>, { type: "server", message: messages[0] });
  }
}
