// The one range every calendar date the app accepts lies in. A year like 0000 or 9999 is never
// meant, and outside it dates stop behaving (Postgres has no year 0; a meeting late on 9999-12-31
// ends in year 10000, which an ISO string, a calendar file and a PDF cannot write).
export const calendarYears = { first: 2000, last: 2100 } as const;

/** The same range for a date field's min and max, so the browser's picker offers nothing else. */
export const calendarBounds = { min: `${calendarYears.first}-01-01`, max: `${calendarYears.last}-12-31` } as const;

/** YYYY-MM-DD naming a real day between 2000 and 2100. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= calendarYears.first && year <= calendarYears.last && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Meetings (the conversation, a mini-MUS, the kick-off and the wrap-up) are booked close to today:
// one held a while ago may be recorded, and a booking years ahead is a typing error.
export const meetingWindow = { yearsBack: 1, yearsAhead: 3 } as const;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first and last day a meeting may be booked on, as YYYY-MM-DD, seen from `today`. */
export function meetingDateRange(today = new Date()): { from: string; to: string } {
  const from = new Date(Date.UTC(today.getUTCFullYear() - meetingWindow.yearsBack, today.getUTCMonth(), today.getUTCDate()));
  const to = new Date(Date.UTC(today.getUTCFullYear() + meetingWindow.yearsAhead, today.getUTCMonth(), today.getUTCDate()));
  return { from: isoDay(from), to: isoDay(to) };
}

/** A meeting date field's min and max. */
export function meetingBounds(today = new Date()): { min: string; max: string } {
  const { from, to } = meetingDateRange(today);
  return { min: from, max: to };
}

export function isMeetingDate(value: string, today = new Date()): boolean {
  const { from, to } = meetingDateRange(today);
  return isCalendarDate(value) && value >= from && value <= to;
}
