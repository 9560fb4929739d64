import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCookieHeader, sessionIdFromCookieHeader, sessionTokenOf } from "@/lib/auth/session-cookie";

// Every request (pages through Next, the live plan's routes beside it) finds its session id in the
// Cookie header the same way: the whole cookie, or next-auth's chunks joined in order.

const secret = "unit-secret-that-is-long-enough-for-next-auth";
const sid = "3f0c8d4e-1b2a-4c5d-8e9f-0a1b2c3d4e5f";
let token: string;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = secret;
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  token = await encode({ token: { sub: "person", sid }, secret });
});

describe("reading the session cookie from a request", () => {
  it("parses a Cookie header, keeping the last of a name (as Next and next-auth's sign-out read it) and values with '=' in them", () => {
    const cookies = parseCookieHeader("a=1; b=x=y;a=2;  c = 3 ;broken; =nameless");
    expect([...cookies]).toEqual([
      ["a", "2"],
      ["b", "x=y"],
      ["c", "3"],
    ]);
  });

  it("finds the session id of a valid token and none for a forged or broken one", async () => {
    expect(await sessionIdFromCookieHeader(`theme=dark; next-auth.session-token=${token}`)).toBe(sid);
    expect(await sessionIdFromCookieHeader(`next-auth.session-token=${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await sessionIdFromCookieHeader("next-auth.session-token=not-a-token")).toBeNull();
    expect(await sessionIdFromCookieHeader(null)).toBeNull();
    // Two session cookies (one planted from a sibling host over http): the one sign-out would end counts.
    expect(await sessionIdFromCookieHeader(`next-auth.session-token=${token}; next-auth.session-token=planted`)).toBeNull();
    expect(await sessionIdFromCookieHeader(`next-auth.session-token=planted; next-auth.session-token=${token}`)).toBe(sid);
  });

  it("joins a token split into chunks in their numeric order, whatever order they came in", async () => {
    const parts = [token.slice(0, 10), token.slice(10, 20), token.slice(20)];
    const header = parts
      .map((part, index) => `next-auth.session-token.${index}=${part}`)
      .reverse()
      .join("; ");
    expect(sessionTokenOf(parseCookieHeader(header), "next-auth.session-token")).toBe(token);
    expect(await sessionIdFromCookieHeader(header)).toBe(sid);
    // A whole cookie beside stale chunks: the whole one.
    expect(sessionTokenOf(parseCookieHeader(`n.0=stale; n=${token}; n.1=stale`), "n")).toBe(token);
    // Eleven chunks: ".10" comes after ".9", not after ".1".
    const many = Array.from({ length: 11 }, (_, index) => `n.${index}=${String.fromCharCode(97 + index)}`).join("; ");
    expect(sessionTokenOf(parseCookieHeader(many), "n")).toBe("abcdefghijk");
  });
});
