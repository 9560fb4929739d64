import { describe, expect, it } from "vitest";
import { copenhagenToInstant, instantToCopenhagen } from "@/lib/calendar/local-time";

describe("Danish wall-clock time", () => {
  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(copenhagenToInstant("2027-01-12", "09:30").toISOString()).toBe("2027-01-12T08:30:00.000Z");
    expect(copenhagenToInstant("2027-06-15", "09:30").toISOString()).toBe("2027-06-15T07:30:00.000Z");
  });

  it("gets the days either side of the clock change right", () => {
    expect(copenhagenToInstant("2027-03-27", "12:00").toISOString()).toBe("2027-03-27T11:00:00.000Z");
    expect(copenhagenToInstant("2027-03-28", "12:00").toISOString()).toBe("2027-03-28T10:00:00.000Z");
    expect(copenhagenToInstant("2027-10-31", "12:00").toISOString()).toBe("2027-10-31T11:00:00.000Z");
  });

  it("reads back what was booked", () => {
    const instant = copenhagenToInstant("2027-05-04", "14:15");
    expect(instantToCopenhagen(instant)).toEqual({ date: "2027-05-04", time: "14:15" });
  });
});
