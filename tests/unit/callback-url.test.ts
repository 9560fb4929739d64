import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("where sign-in may return to", () => {
  it("keeps a path on this site with its query and section", () => {
    expect(safeCallbackUrl("/runder/1/materiale")).toBe("/runder/1/materiale");
    expect(safeCallbackUrl("/runder/1/samtale/2?fra=mail#opfoelgning")).toBe("/runder/1/samtale/2?fra=mail#opfoelgning");
    expect(safeCallbackUrl(["/hr", "/admin"])).toBe("/hr");
  });

  it.each([
    undefined,
    "",
    "runder",
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/%09/evil.example/..",
    "/\u0000/evil.example",
    "///evil.example",
    "/.//evil.example",
  ])("refuses %j and returns to the start page", (hostile) => {
    const result = safeCallbackUrl(hostile);
    expect(new URL(result, "https://mus.kommune.example").origin).toBe("https://mus.kommune.example");
    if (hostile && !hostile.startsWith("/%09")) expect(result).toBe("/");
  });
});
