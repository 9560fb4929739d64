import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { buildIcs, type CalendarEvent } from "@/lib/calendar/ics";

const event: CalendarEvent = {
  uid: "samtale-123@mus.vesteraa.example",
  sequence: 0,
  start: new Date("2027-03-02T09:00:00Z"), // 10:00 in Denmark (winter time)
  durationMinutes: 60,
  summary: "MUS med Åse Kirkegaard; mødelokale Ærtebjerg, 1. sal",
  description: "Forbered dig i MUS og LUS:\nhttps://mus.vesteraa.example/runder/1",
  location: "Mødelokale Ærtebjerg",
  organizer: { name: "Mette Søndergård", email: "mette.soendergaard@vesteraa.example" },
  attendees: [{ name: "Åse Kirkegaard", email: "aase.kirkegaard@vesteraa.example" }],
  stamp: new Date("2027-02-01T12:00:00Z"),
};

function parse(text: string) {
  const parsed = ical.sync.parseICS(text);
  const vevent = Object.values(parsed).find((component) => component?.type === "VEVENT");
  if (!vevent || vevent.type !== "VEVENT") throw new Error("no event");
  return { vevent, method: (parsed.vcalendar as { method?: string } | undefined)?.method ?? text.match(/^METHOD:(\w+)/m)?.[1] };
}

describe("calendar invitations", () => {
  it("read back with a real parser: the time, the zone, the UID, the people and the Danish text", () => {
    const { vevent, method } = parse(buildIcs(event, "REQUEST"));
    expect(method).toBe("REQUEST");
    expect(vevent.uid).toBe(event.uid);
    expect(vevent.start.toISOString()).toBe("2027-03-02T09:00:00.000Z");
    expect(vevent.end?.toISOString()).toBe("2027-03-02T10:00:00.000Z");
    expect(vevent.start.tz).toBe("Europe/Copenhagen");
    expect(vevent.summary).toBe(event.summary);
    expect(vevent.description).toBe(event.description);
    expect(String(vevent.sequence)).toBe("0");
  });

  it("keep the hour in summer time too", () => {
    const { vevent } = parse(buildIcs({ ...event, start: new Date("2027-06-15T07:30:00Z") }, "REQUEST"));
    expect(vevent.start.toISOString()).toBe("2027-06-15T07:30:00.000Z");
    expect(buildIcs({ ...event, start: new Date("2027-06-15T07:30:00Z") }, "REQUEST")).toContain(
      "DTSTART;TZID=Europe/Copenhagen:20270615T093000",
    );
  });

  it("move a conversation as the same event with a higher SEQUENCE, and cancel it the same way", () => {
    const moved = parse(buildIcs({ ...event, sequence: 1, start: new Date("2027-03-03T13:00:00Z") }, "REQUEST"));
    expect(moved.vevent.uid).toBe(event.uid);
    expect(String(moved.vevent.sequence)).toBe("1");
    const cancelled = parse(buildIcs({ ...event, sequence: 2 }, "CANCEL"));
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.vevent.status).toBe("CANCELLED");
    expect(String(cancelled.vevent.sequence)).toBe("2");
  });

  it("fold long lines at 75 bytes without splitting a Danish letter", () => {
    const text = buildIcs({ ...event, description: "ø".repeat(200) }, "REQUEST");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parse(text).vevent.description).toBe("ø".repeat(200));
  });

  it("keep hostile text inside its property: a CR, a bare LF or a quote in a name or a place adds no line or parameter", () => {
    const hostile = {
      ...event,
      location: "Rum 1\rATTENDEE:mailto:evil@example.com",
      summary: "MUS\r\nX-INJECTED:1",
      organizer: { name: 'Mette "Chef"\rATTENDEE:mailto:evil@example.com', email: "mette.soendergaard@vesteraa.example" },
      attendees: [{ name: "Åse\nKirkegaard;ROLE=CHAIR", email: "aase.kirkegaard@vesteraa.example" }],
    };
    const ics = buildIcs(hostile, "REQUEST");
    // Every physical line is a property or a fold; nothing a person typed starts a line of its own.
    for (const line of ics.split("\r\n").filter(Boolean)) expect(line).toMatch(/^( |[A-Z-]+[;:])/);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    const { vevent } = parse(ics);
    expect(vevent.location).toBe("Rum 1\nATTENDEE:mailto:evil@example.com");
    expect(JSON.stringify(vevent)).not.toContain('X-INJECTED":');
    const attendees = [vevent.attendee].flat().map((attendee) => (typeof attendee === "string" ? attendee : attendee?.val));
    expect(attendees).toEqual(["mailto:aase.kirkegaard@vesteraa.example"]);
  });
});
