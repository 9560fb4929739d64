import { da } from "@/lib/i18n/da";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

// The few pieces indhold.html is built of. Every value passes through escapeHtml on its way in
// (names and texts are what people typed); the labels are the dictionary's, escaped all the same.

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A value as text: "(tomt)" for nothing, so an empty field reads as empty, not as missing. */
export function valueText(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return escapeHtml(da.personalData.document.empty);
  return escapeHtml(String(value));
}

/** A moment in words, unescaped (for a phrase that is escaped whole). */
export const stamp = (date: Date | null, otherwise: string = da.personalData.document.plan.notYet) =>
  date ? formatDateTime(date) : otherwise;

/** A moment in words, as HTML. */
export const when = (date: Date | null, otherwise?: string) => escapeHtml(stamp(date, otherwise));

/** A calendar date stored as "YYYY-MM-DD", in words; anything else as it is. */
export function day(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? escapeHtml(formatDate(new Date(`${value}T12:00:00Z`))) : valueText(value);
}

/** A table of label and value, one row each, with a caption when given; values are HTML already (escaped by the caller). */
export function facts(rows: [label: string, html: string][], caption?: string): string {
  const body = rows.map(([label, html]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${html}</td></tr>`).join("");
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ""}<tbody>${body}</tbody></table>`;
}

/** A table with column headings; cells are HTML already (escaped by the caller). */
export function grid(headings: string[], rows: string[][]): string {
  const head = headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join("");
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export const heading = (level: 2 | 3 | 4 | 5 | 6, text: string) => `<h${level}>${escapeHtml(text)}</h${level}>`;
export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
export const none = () => paragraph(da.personalData.document.none);
