import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Proof of when a person opened the questionnaire, carried in the form and signed by the server, so
// an answer sent just after the window closed is kept when it was begun in time (window.ts), and a
// start time cannot be made up. Nothing is stored: the token names the person only on its way back
// to the server, which checks it and drops it; it never reaches the answer's row.

const state = globalThis as unknown as { upwardStartKey?: Buffer };

// The session secret when there is one (every instance then accepts every instance's tokens); else a
// key of this process's own (an instance started without a secret is the embedded single one).
function key(): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (secret) return Buffer.from(`upward-start:${secret}`);
  return (state.upwardStartKey ??= randomBytes(32));
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function startToken(personId: string, participantId: string, at: Date): string {
  const payload = `${at.getTime()}`;
  return `${payload}.${sign(`${personId}|${participantId}|${payload}`)}`;
}

/** When the person began, if the token is theirs for this questionnaire; otherwise null. */
export function readStartToken(token: string, personId: string, participantId: string): Date | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature || !/^\d{1,15}$/.test(payload)) return null;
  const expected = Buffer.from(sign(`${personId}|${participantId}|${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return new Date(Number(payload));
}
