import { describe, expect, it } from "vitest";
import { sessionCookies } from "@/lib/auth/cookies";

// A browser keeps a __Host- cookie only when it is Secure, has Path=/ and names no Domain.

describe("the session cookie", () => {
  it("over https is __Host-, Secure, HttpOnly, SameSite=Lax, Path=/ and has no Domain", () => {
    const { sessionToken } = sessionCookies("https://mus.vesteraa.dk");
    expect(sessionToken?.name).toBe("__Host-next-auth.session-token");
    expect(sessionToken?.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    expect(sessionToken?.options).not.toHaveProperty("domain");
  });

  it("over http (a newcomer's machine) has no prefix and is not Secure, or the browser would drop it", () => {
    const { sessionToken } = sessionCookies("http://localhost:3000");
    expect(sessionToken?.name).toBe("next-auth.session-token");
    expect(sessionToken?.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
  });
});
