import { describe, expect, it } from "vitest";
import { parseDanishDate, toDanishDate } from "@/lib/dates/danish";
import { conversationSchema, isoDate } from "@/lib/domain/rounds/schema";

// Date fields are text in dd-mm-åååå whatever the browser's language; the one shared schema reads
// them on the client and again on the server, and what comes out is ISO.

describe("dates as Danes write them", () => {
  it("reads day first, in the shapes Danes write, and ISO from a form already parsed", () => {
    expect(parseDanishDate("10-02-2027")).toBe("2027-02-10");
    expect(parseDanishDate("1.2.2027")).toBe("2027-02-01");
    expect(parseDanishDate("1/2-2027")).toBe("2027-02-01");
    expect(parseDanishDate("2027-02-10")).toBe("2027-02-10");
    expect(parseDanishDate("02/31/2027")).toBeNull();
    expect(parseDanishDate("10-02-27")).toBeNull();
  });

  it("shows a stored date the way it is read back", () => {
    expect(toDanishDate("2027-02-10")).toBe("10-02-2027");
    expect(parseDanishDate(toDanishDate("2031-12-01"))).toBe("2031-12-01");
    expect(toDanishDate("")).toBe("");
  });

  it("gives the server ISO from the text typed, and a Danish message at the field otherwise", () => {
    expect(isoDate.parse(" 10-02-2027 ")).toBe("2027-02-10");
    const result = isoDate.safeParse("02/10/2027x");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(/dd-mm-åååå/);
    const year = new Date().getUTCFullYear() + 1;
    const booked = conversationSchema.safeParse({ date: `03-02-${year}`, time: "09:30", durationMinutes: 60, location: "Mødelokale 2" });
    expect(booked.success && booked.data.date).toBe(`${year}-02-03`);
  });
});
