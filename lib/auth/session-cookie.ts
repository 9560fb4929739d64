import "server-only";
import { decode } from "next-auth/jwt";
import { appUrl, env } from "@/lib/env";
import { sessionCookieBaseName, sessionCookies } from "./cookies";

// The session id named by the session cookie, read from a request's Cookie header. Pages, server
// actions and route handlers (through Next) and the live-plan server (lib/server, outside Next)
// all come here, so a person is recognised the same way wherever a request lands.
//
// The token is decoded once and remembered until it expires. next-auth's getServerSession derives
// the key (HKDF), decrypts the token, makes a CSRF token and encrypts a new session token on every
// call: measured with `npm run bench:plans`, a tenth of the server's CPU per keystroke. The token is
// immutable and only names the server-side session, which resumeSession checks on every request
// all the same (ended, idle, expired, deactivated), so remembering what it says changes no answer.

type DecodedToken = { sid: string; expiresAt: number };
const decodedTokens = new Map<string, DecodedToken>();
const maxDecodedTokens = 10_000;

async function sessionIdOfToken(token: string, now = Date.now()): Promise<string | null> {
  const known = decodedTokens.get(token);
  if (known && known.expiresAt > now) return known.sid;
  decodedTokens.delete(token);
  // The secret and the cookie's name are the ones lib/auth/options.ts gives next-auth.
  const payload = await decode({ token, secret: env().NEXTAUTH_SECRET! }).catch(() => null);
  if (typeof payload?.sid !== "string") return null;
  if (decodedTokens.size >= maxDecodedTokens) decodedTokens.clear();
  const expiresAt = typeof payload.exp === "number" ? payload.exp * 1000 : now;
  decodedTokens.set(token, { sid: payload.sid, expiresAt });
  return payload.sid;
}

/**
 * The header's cookies by name. Of two with one name the last wins, as in Next's own cookie reading,
 * which next-auth's sign-out goes by: the session it ends is the session this finds.
 */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (name) cookies.set(name, part.slice(at + 1).trim());
  }
  return cookies;
}

/** The session cookie's name for this app (__Host- over https). */
function sessionCookieName(): string {
  return sessionCookies(appUrl()).sessionToken?.name ?? sessionCookieBaseName;
}

/**
 * The token in the cookies: whole, or, when it was too large for one cookie, in chunks named
 * `<name>.0`, `<name>.1`, … which next-auth writes in that order and joins the same way.
 */
export function sessionTokenOf(cookies: Map<string, string>, name = sessionCookieName()): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: [number, string][] = [];
  for (const [cookie, value] of cookies) {
    const index = cookie.startsWith(`${name}.`) ? cookie.slice(name.length + 1) : "";
    if (/^\d{1,3}$/.test(index)) chunks.push([Number(index), value]);
  }
  if (chunks.length === 0) return null;
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map(([, value]) => value)
    .join("");
}

/** The server-side session id the request's session cookie names, or null (no cookie, or not ours). */
export async function sessionIdFromCookieHeader(header: string | null | undefined): Promise<string | null> {
  const token = sessionTokenOf(parseCookieHeader(header));
  return token ? sessionIdOfToken(token) : null;
}
