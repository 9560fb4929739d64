import { isCalendarDate } from "@/lib/dates/calendar";
import { cleanText, cutText } from "@/lib/text/clean";

// A page's query string is typed by anyone: every value read here is cleaned, bounded and, where it
// names a date or a page, checked, so a strange address shows the page unfiltered, never an error.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, cleaned (lib/text/clean.ts), trimmed and cut to `max` characters. */
export function searchText(value: string | string[] | undefined, max = 200): string {
  return cutText(cleanText((Array.isArray(value) ? value[0] : value) ?? "").trim(), max);
}

/** A page number from 1 to 10,000 (past the last page shows an empty one), 1 when it is not a number. */
export function searchPage(value: string | string[] | undefined): number {
  return Math.min(10_000, Math.max(1, Number.parseInt(searchText(value, 10), 10) || 1));
}

/** A calendar date (YYYY-MM-DD, 2000–2100) or null. */
export function searchDate(value: string | string[] | undefined): string | null {
  const text = searchText(value, 10);
  return isCalendarDate(text) ? text : null;
}
