import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { requestedPath } from "@/lib/http/request-path";
import { signInPath } from "./callback-url";
import { sessionCookieBaseName } from "./cookies";
import { authOptions } from "./options";
import type { SignedInPerson } from "./people";
import { resumeSession } from "./sessions";

export type SessionActor = Actor & Pick<SignedInPerson, "name" | "email"> & { sessionId: string };

// The session cookie's token, decoded once and remembered until it expires. next-auth's
// getServerSession derives the key (HKDF), decrypts the token, makes a CSRF token and encrypts a
// new session token on every call, which a server component or route handler cannot even set:
// measured with `npm run bench:plans`, a tenth of the server's CPU per keystroke. The token is
// immutable and only names the server-side session, which resumeSession checks on every request
// all the same (ended, idle, expired, deactivated), so remembering what it says changes no answer.
type DecodedToken = { sid: string; expiresAt: number };
const decodedTokens = new Map<string, DecodedToken>();
const maxDecodedTokens = 10_000;

async function sessionIdOfToken(token: string, now = Date.now()): Promise<string | null> {
  const known = decodedTokens.get(token);
  if (known && known.expiresAt > now) return known.sid;
  decodedTokens.delete(token);
  const payload = await decode({ token, secret: authOptions().secret! }).catch(() => null);
  if (typeof payload?.sid !== "string") return null;
  if (decodedTokens.size >= maxDecodedTokens) decodedTokens.clear();
  const expiresAt = typeof payload.exp === "number" ? payload.exp * 1000 : now;
  decodedTokens.set(token, { sid: payload.sid, expiresAt });
  return payload.sid;
}

async function currentSessionId(): Promise<string | null> {
  const jar = await cookies();
  const token = jar.get(authOptions().cookies?.sessionToken?.name ?? sessionCookieBaseName)?.value;
  if (token) return sessionIdOfToken(token);
  // A token too large for one cookie comes in chunks (name.0, name.1, …): next-auth joins them.
  if (!jar.getAll().some((cookie) => cookie.name.includes(sessionCookieBaseName))) return null;
  const session = await getServerSession(authOptions());
  return session?.sid ?? null;
}

async function currentActor(activity: boolean): Promise<SessionActor | null> {
  const sessionId = await currentSessionId();
  if (!sessionId) return null;
  const person = await resumeSession(db(), sessionId, new Date(), { activity });
  return person && { ...person, sessionId };
}

/** Who is signed in, checked against the server-side session on every request. */
export const getActor = cache(() => currentActor(true));

/** The same, for requests a page makes by itself (presence, the live stream): they are not the person's activity. */
export const getActorWithoutActivity = cache(() => currentActor(false));

/** For pages: the signed-in person, or off to the sign-in page, which returns them to the page asked for. */
export async function requireActor(): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(await requestedPath()));
  return actor;
}
