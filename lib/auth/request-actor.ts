import "server-only";
import { db } from "@/lib/db";
import type { SessionActor } from "./current";
import { resumeSession } from "./sessions";
import { sessionIdFromCookieHeader } from "./session-cookie";

// Who sent a request, from its Cookie header alone: no Next request context is needed, so route
// handlers answer the same whether Next or the live-plan server (lib/server) hands them the request.

/** The actor the header's session cookie names, checked against the server-side session. */
export async function actorFromCookieHeader(
  header: string | null | undefined,
  { activity }: { activity: boolean },
): Promise<SessionActor | null> {
  const sessionId = await sessionIdFromCookieHeader(header);
  if (!sessionId) return null;
  const person = await resumeSession(db(), sessionId, new Date(), { activity });
  return person && { ...person, sessionId };
}
