// Dates as Danes write them, whatever the browser's language. A native date field shows the
// browser's locale (mm/dd/yyyy in an English Chromium, whatever lang says), so every date field is
// a text field in dd-mm-åååå, read by the one parser below on both sides: in the forms' zod schema
// on the client and again in the server action. Stored and sent values stay ISO (YYYY-MM-DD).

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as Danes write it: 01-02-2024, 1.2.2024, 1/2-2024 (day first), or 2024-02-01. Two-digit
 * years are refused: 01-02-24 could be 1924 or 2024. Returns the ISO date.
 */
export function parseDanishDate(raw: string): string | null {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const danish = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(value);
  if (danish) return calendarDate(Number(danish[3]), Number(danish[2]), Number(danish[1]));
  return null;
}

/** "2027-02-10" as a date field shows it: "10-02-2027". Anything that is not an ISO date is left as it is. */
export function toDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}
