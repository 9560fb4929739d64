import ICAL from "ical.js";
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { buildIcs, type CalendarEvent } from "@/lib/calendar/ics";

// The invitations read back with ical.js (Mozilla's parser, the one Thunderbird uses), which is
// stricter than node-ical: a line it cannot read is an error, and it resolves TZID through the
// VTIMEZONE we write, so the zone rules themselves are checked, not only the digits.

const event: CalendarEvent = {
  uid: "samtale-42@mus.vesteraa.example",
  sequence: 0,
  start: new Date("2027-03-02T09:00:00Z"),
  durationMinutes: 45,
  summary: "MUS med Åse Kirkegaard",
  location: "Mødelokale Ærtebjerg",
  organizer: { name: "Mette Søndergård", email: "mette@vesteraa.example" },
  attendees: [{ name: "Åse Kirkegaard", email: "aase@vesteraa.example" }],
  stamp: new Date("2027-02-01T12:00:00Z"),
};

function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent("vtimezone");
  if (!vtimezone) throw new Error("no VTIMEZONE");
  const zone = new ICAL.Timezone(vtimezone);
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
  const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
  // Resolve the local times through the VTIMEZONE in the file itself, not a zone ical.js knows.
  const utc = (time: ICAL.Time) => time.convertToZone(ICAL.Timezone.utcTimezone).toJSDate();
  start.zone = zone;
  end.zone = zone;
  return { calendar, vevent, zone, start: utc(start), end: utc(end), tzid: vevent.getFirstProperty("dtstart")?.getParameter("tzid") };
}

/** Physical lines, split on any line break a parser might honour. */
const physicalLines = (ics: string) => ics.split(/\r\n|\r|\n/).filter(Boolean);

describe("calendar invitations read by ical.js", () => {
  it("carry METHOD, UID, SEQUENCE and STATUS for a booking, a move and a cancellation", () => {
    for (const [method, sequence, status] of [
      ["REQUEST", 0, "CONFIRMED"],
      ["REQUEST", 1, "CONFIRMED"],
      ["CANCEL", 2, "CANCELLED"],
    ] as const) {
      const { calendar, vevent } = read(buildIcs({ ...event, sequence }, method));
      expect(calendar.getFirstPropertyValue("method")).toBe(method);
      expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
      expect(vevent.getFirstPropertyValue("uid")).toBe(event.uid);
      expect(vevent.getFirstPropertyValue("sequence")).toBe(sequence);
      expect(vevent.getFirstPropertyValue("status")).toBe(status);
    }
  });

  it("give the booked instant through our own VTIMEZONE on every day of a year, both DST changes included", () => {
    // 07:30 and 12:00 UTC every day of 2027 and 2028; the hour after each change is the risky one.
    const instants: Date[] = [];
    for (let day = 0; day < 731; day++) {
      const midnight = Date.UTC(2027, 0, 1 + day);
      instants.push(new Date(midnight + 7.5 * 3_600_000), new Date(midnight + 12 * 3_600_000));
    }
    // Just after spring forward (02:00 local becomes 03:00) and just after fall back (an hour past the ambiguous one).
    instants.push(
      new Date("2027-03-28T01:00:00Z"),
      new Date("2027-10-31T02:00:00Z"),
      new Date("2028-03-26T01:30:00Z"),
      new Date("2028-10-29T02:15:00Z"),
    );
    for (const start of instants) {
      const read_ = read(buildIcs({ ...event, start }, "REQUEST"));
      expect(read_.tzid).toBe("Europe/Copenhagen");
      expect(read_.start.toISOString()).toBe(start.toISOString());
      expect(read_.end.getTime() - read_.start.getTime()).toBe(45 * 60_000);
    }
    // About 1,500 invitations written and parsed: 2.5 s alone, more beside other test files on 2 cores.
  }, 30_000);

  it("escape backslash, semicolon, comma and every line break, a lone CR included, and read them back", () => {
    const summary = "MUS; leder, medarbejder \\ HR\r\nanden linje\rtredje\nfjerde";
    const { vevent } = read(buildIcs({ ...event, summary, description: summary, location: summary }, "REQUEST"));
    const expected = "MUS; leder, medarbejder \\ HR\nanden linje\ntredje\nfjerde";
    expect(vevent.getFirstPropertyValue("summary")).toBe(expected);
    expect(vevent.getFirstPropertyValue("description")).toBe(expected);
    expect(vevent.getFirstPropertyValue("location")).toBe(expected);
  });

  it("fold at 75 octets without splitting a character, Danish letters and emoji alike", () => {
    const description = "Forberedelse: æøå ÆØÅ 🙂 ".repeat(40);
    const ics = buildIcs({ ...event, description }, "REQUEST");
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line).toString("utf8")).not.toContain("\uFFFD");
    }
    expect(read(ics).vevent.getFirstPropertyValue("description")).toBe(description);
  });

  it("keep a lone CR or a control character in any field, the UID included, from starting a line of its own", () => {
    const hostile: CalendarEvent = {
      ...event,
      uid: "samtale-42@mus.vesteraa.example\rATTENDEE:mailto:evil@example.com",
      summary: "MUS\rX-INJECTED:1\u000bX-TAB:2",
      organizer: { name: 'Mette\r"Chef"', email: "mette@vesteraa.example\rX-MAIL:1" },
      attendees: [{ name: "Åse\fKirkegaard", email: "aase@vesteraa.example" }],
    };
    const ics = buildIcs(hostile, "REQUEST");
    for (const line of physicalLines(ics)) expect(line).toMatch(/^( |[A-Z-]+[;:])/);
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const { vevent } = read(ics);
    expect(vevent.getAllProperties("attendee").map((property) => property.getFirstValue())).toEqual(["mailto:aase@vesteraa.example"]);
    expect(vevent.getAllProperties().map((property) => property.name)).not.toContain("x-injected");
    // node-ical splits on a lone CR as well: it too sees one UID and no extra attendee.
    const parsed = Object.values(ical.sync.parseICS(ics)).find((component) => component?.type === "VEVENT");
    expect(parsed?.type === "VEVENT" && parsed.uid).toBe("samtale-42@mus.vesteraa.example\nATTENDEE:mailto:evil@example.com");
  });
});
