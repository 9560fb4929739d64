import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Database } from "@/lib/db-client";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "./people";

// E-mail sign-in must not tell a known address from an unknown one, and must not let anyone send
// an address (or many addresses) a flood of links. Every request is recorded and answered the
// same way; whether a mail goes out is decided here, out of sight of the one asking.

export const linkLimits = {
  windowMinutes: 15,
  /** Links sent to one address in the window. */
  perAddress: 3,
  /** Requests from one client in the window, known addresses or not (a whole office may share one). */
  perClient: 30,
} as const;

const windowMs = linkLimits.windowMinutes * 60_000;

const requestClient = new AsyncLocalStorage<string>();

/** Runs next-auth's handling of one request knowing which client asked (for the per-client limit). */
export function withRequestClient<T>(headers: Headers, work: () => T): T {
  // The right-most X-Forwarded-For entry is the one the nearest proxy (or Next itself) added, the
  // only one a client cannot choose when the app is behind the municipality's proxy.
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  return requestClient.run(forwarded.at(-1) ?? "unknown", work);
}

export function currentClient(): string {
  return requestClient.getStore() ?? "unknown";
}

/**
 * Records a link request and says whether a mail may go: only to an active, imported person, and
 * only within the limits. The same queries run whatever the answer, so the time taken says nothing.
 */
export async function admitLinkRequest(database: Database, email: string, client: string, now = new Date()): Promise<boolean> {
  const identifier = normaliseEmail(email);
  const since = new Date(now.getTime() - windowMs);
  return database.$transaction(async (tx) => {
    // Concurrent requests for one address or from one client queue here, so a burst cannot all
    // read the count before any of them is written.
    await tx.$executeRaw`select pg_advisory_xact_lock(1, hashtext(${identifier}))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(2, hashtext(${client}))`;
    const person = await tx.person.findUnique({ where: { email: identifier }, select: { id: true, active: true } });
    const sentToAddress = await tx.signInRequest.count({ where: { identifier, sent: true, createdAt: { gt: since } } });
    const fromClient = await tx.signInRequest.count({ where: { client, createdAt: { gt: since } } });
    const reason = refusalReason(person, sentToAddress, fromClient);
    await tx.signInRequest.create({ data: { identifier, client, sent: reason === null, createdAt: now } });
    // A refused request is in the log (for a known person, in their own access report), but a
    // client past its limit adds nothing more: a flood cannot grow the log without end. An
    // unknown address is not written down; the client it came from is.
    if (reason && fromClient <= linkLimits.perClient) {
      await recordAudit(tx, {
        actorId: null, action: "session.refused", resourceKind: "signInRequest", subjectId: person?.id ?? null,
        details: { provider: "email", reason, client },
      });
    }
    return reason === null;
  });
}

function refusalReason(person: { active: boolean } | null, sentToAddress: number, fromClient: number): string | null {
  if (fromClient >= linkLimits.perClient) return "client_limit";
  if (!person) return "unknown_address";
  if (!person.active) return "inactive";
  if (sentToAddress >= linkLimits.perAddress) return "address_limit";
  return null;
}

/** Removes used-up sign-in data: expired links, and requests older than the limits look back. */
export async function removeExpiredSignInData(database: Database, now = new Date()): Promise<void> {
  await database.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  await database.signInRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - windowMs) } } });
}
