// Dates and numbers in Danish form, always in Danish time, whatever the server's own time zone.

const timeZone = "Europe/Copenhagen";

const longDate = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone });
const shortDate = new Intl.DateTimeFormat("da-DK", { day: "2-digit", month: "2-digit", year: "numeric", timeZone });
const dateTime = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone,
});
const integer = new Intl.NumberFormat("da-DK");

/** "23. november 2026" */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "23.11.2026" */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

/** "23. november 2026 kl. 14.05" */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

/** "5.000" */
export function formatNumber(value: number): string {
  return integer.format(value);
}

const oneDecimal = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "6,4" */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value);
}
