// Calendar invitations (RFC 5545 / iTIP) for the individual conversations. Times are written in
// Danish local time with the Europe/Copenhagen zone spelled out, so every calendar shows the
// conversation at the hour it was booked, summer or winter. A moved conversation is the same
// event (same UID) with a higher SEQUENCE; a cancelled one is METHOD:CANCEL.

import { cleanText } from "@/lib/text/clean";

export type CalendarEvent = {
  uid: string;
  sequence: number;
  start: Date;
  durationMinutes: number;
  summary: string;
  description?: string;
  location?: string;
  // Someone without an e-mail address is left out of the event's people (they get it on paper).
  organizer: { name: string; email: string | null };
  attendees: { name: string; email: string | null }[];
  stamp?: Date;
};

const zone = "Europe/Copenhagen";

// The zone's rules since 1996: CEST from the last Sunday of March, CET from the last Sunday of October.
const vtimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${zone}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const localParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function localTime(date: Date): string {
  const part = (type: string) => localParts.formatToParts(date).find((item) => item.type === type)!.value;
  return `${part("year")}${part("month")}${part("day")}T${part("hour")}${part("minute")}${part("second")}`;
}

function utcTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * TEXT values escape backslash, semicolon, comma and every line break (CR, LF or both, a lone CR
 * included: parsers that split lines on any of them would otherwise start a property of their own).
 * Other control characters, which RFC 5545 does not allow in TEXT, are dropped here too, so the
 * writer is safe whatever its caller cleaned.
 */
function text(value: string): string {
  return cleanText(value)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * A parameter value such as CN: always quoted, and a double quote or a line break, which a quoted
 * value cannot hold, becomes an apostrophe or a space, so a name cannot end the line or add a
 * parameter of its own.
 */
function paramValue(value: string): string {
  return `"${cleanText(value)
    .replace(/"/g, "'")
    .replace(/[\r\n]+/g, " ")}"`;
}

/** Lines longer than 75 octets are folded; never inside a multi-byte character such as "ø". */
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
    }
    current += char;
  }
  out.push(current);
  return out.join("\r\n ");
}

const person = (role: "ORGANIZER" | "ATTENDEE", who: { name: string; email: string | null }, extra = "") =>
  who.email === null ? [] : [`${role};CN=${paramValue(who.name)}${extra}:mailto:${who.email.replace(/[\r\n]/g, "")}`];

export function buildIcs(event: CalendarEvent, method: "REQUEST" | "CANCEL"): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//MUS og LUS//DA",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    ...vtimezone,
    "BEGIN:VEVENT",
    `UID:${text(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcTime(event.stamp ?? new Date())}`,
    `DTSTART;TZID=${zone}:${localTime(event.start)}`,
    `DTEND;TZID=${zone}:${localTime(end)}`,
    `SUMMARY:${text(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    ...person("ORGANIZER", event.organizer),
    ...event.attendees.flatMap((attendee) => person("ATTENDEE", attendee, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE")),
    `STATUS:${method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
