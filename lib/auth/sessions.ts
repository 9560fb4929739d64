import "server-only";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { signedInPersonSelect, toSignedInPerson, type SignedInPerson } from "./people";

// Sessions live in the database so the server can end them: on sign-out, after 30 minutes idle,
// after 12 hours in all (OWASP ASVS level 2), and when the person is deactivated.

export type EndReason = "signed_out" | "idle" | "expired" | "deactivated";

const touchEveryMs = 60_000;

export async function openSession(database: Database, personId: string, provider: string): Promise<string> {
  const session = await database.authSession.create({ data: { personId, provider } });
  return session.id;
}

export async function endSession(database: Database, id: string, reason: EndReason): Promise<void> {
  await database.authSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
}

export async function endSessionsOf(database: Database, personId: string, reason: EndReason): Promise<void> {
  await database.authSession.updateMany({ where: { personId, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
}

/** The person behind a live session, or null (and the session ended) when it is over. */
export async function resumeSession(database: Database, id: string, now = new Date()): Promise<SignedInPerson | null> {
  const session = await database.authSession.findUnique({
    where: { id },
    include: { person: { select: signedInPersonSelect } },
  });
  if (!session || session.endedAt) return null;
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  const reason: EndReason | null = !session.person.active
    ? "deactivated"
    : now.getTime() - session.createdAt.getTime() > SESSION_MAX_HOURS * 3_600_000
      ? "expired"
      : now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MINUTES * 60_000
        ? "idle"
        : null;
  if (reason) {
    await endSession(database, id, reason);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    await database.authSession.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return toSignedInPerson(session.person);
}
