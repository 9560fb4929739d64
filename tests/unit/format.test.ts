import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatShortDate } from "@/lib/i18n/format";

describe("Danish formatting", () => {
  it("writes dates the Danish way, with the month in Danish", () => {
    expect(formatDate(new Date("2026-02-03T12:00:00Z"))).toBe("3. februar 2026");
    expect(formatShortDate(new Date("2026-02-03T12:00:00Z"))).toBe("03.02.2026");
  });

  it("uses Danish time, not the server's: late evening UTC is already the next day in Denmark", () => {
    expect(formatDate(new Date("2026-11-23T23:30:00Z"))).toBe("24. november 2026");
    expect(formatDate(new Date("2026-07-31T22:30:00Z"))).toBe("1. august 2026");
  });

  it("writes times with 'kl.' and a full stop between hours and minutes", () => {
    expect(formatDateTime(new Date("2026-11-23T13:05:00Z"))).toBe("23. november 2026 kl. 14.05");
  });

  it("groups thousands with a full stop", () => {
    expect(formatNumber(5000)).toBe("5.000");
    expect(formatNumber(1234567)).toBe("1.234.567");
  });
});
