import { describe, expect, it } from "vitest";
import { isCalendarDate, isMeetingDate, meetingDateRange } from "@/lib/dates/calendar";

describe("calendar dates", () => {
  it.each(["2000-01-01", "2026-11-29", "2028-02-29", "2100-12-31"])("accepts %s", (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    "0000-01-01",
    "1999-12-31",
    "2101-01-01",
    "9999-12-31",
    "2027-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-1-1",
    "2026-01-01T00:00",
    "",
    "i morgen",
  ])("refuses %s", (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe("meeting dates", () => {
  const today = new Date("2026-11-29T10:00:00Z");

  it("run from a year back to three years ahead of today", () => {
    expect(meetingDateRange(today)).toEqual({ from: "2025-11-29", to: "2029-11-29" });
    expect(isMeetingDate("2025-11-29", today)).toBe(true);
    expect(isMeetingDate("2029-11-29", today)).toBe(true);
    expect(isMeetingDate("2025-11-28", today)).toBe(false);
    expect(isMeetingDate("2029-11-30", today)).toBe(false);
    expect(isMeetingDate("9999-12-31", today)).toBe(false);
  });
});
