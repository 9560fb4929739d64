import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { isIPv4, isIPv6 } from "node:net";
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
  /**
   * Refusals written to the audit log in the window, from all clients together. Beyond it nothing
   * more is written (the limits still hold), so a client that can make up its address cannot grow the
   * log without end. Requests running at the same moment may each take the last place, so a burst
   * can pass it by as many as run at once.
   */
  refusalsLogged: 100,
} as const;

/** The most of a client key that is kept: the key comes from a header, which can be kilobytes long. */
export const clientKeyLength = 64;

const windowMs = linkLimits.windowMinutes * 60_000;

const requestClient = new AsyncLocalStorage<string>();

/**
 * The key a client is limited under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * household or office gets a whole /64, so single addresses would be free to rotate), anything else
 * cut to a fixed length.
 */
export function clientKey(raw: string): string {
  const address = raw
    .trim()
    .replace(/^\[(.*)\](?::\d+)?$/, "$1")
    .replace(/%.*$/, "");
  if (isIPv6(address)) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped && isIPv4(mapped[1])) return mapped[1];
    return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
  }
  return address.slice(0, clientKeyLength) || "unknown";
}

/** The eight 16-bit groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const toGroups = (part: string) =>
    part
      .split(":")
      .filter(Boolean)
      .flatMap((group) => {
        if (!group.includes(".")) return [group];
        const [a, b, c, d] = group.split(".").map(Number);
        return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
      });
  const [head, tail] = address.split("::");
  const before = toGroups(head);
  const after = tail === undefined ? [] : toGroups(tail);
  const groups = [...before, ...Array<string>(8 - before.length - after.length).fill("0"), ...after];
  return groups.map((group) => parseInt(group, 16).toString(16));
}

/** Runs next-auth's handling of one request knowing which client asked (for the per-client limit). */
export function withRequestClient<T>(headers: Headers, work: () => T): T {
  // The right-most X-Forwarded-For entry is the one the nearest proxy added, the only one a client
  // cannot choose, when a proxy in front appends to the header. Next only fills the header in when
  // the request has none, so without such a proxy a client can set it to anything: the per-client
  // limit then holds only per made-up key, while the per-address limit and the cap on logged
  // refusals hold regardless.
  const forwarded =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  return requestClient.run(clientKey(forwarded.at(-1) ?? "unknown"), work);
}

export function currentClient(): string {
  return requestClient.getStore() ?? "unknown";
}

/**
 * Records a link request and says whether a mail may go: only to an active, imported person, and
 * only within the limits. The same queries run whatever the answer, so the time taken says nothing.
 */
export async function admitLinkRequest(database: Database, email: string, rawClient: string, now = new Date()): Promise<boolean> {
  const identifier = normaliseEmail(email);
  const client = clientKey(rawClient);
  const since = new Date(now.getTime() - windowMs);
  return database.$transaction(async (tx) => {
    // Concurrent requests for one address or from one client queue here, so a burst cannot all
    // read the count before any of them is written.
    await tx.$executeRaw`select pg_advisory_xact_lock(1, hashtext(${identifier}))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(2, hashtext(${client}))`;
    const person = await tx.person.findUnique({ where: { email: identifier }, select: { id: true, active: true } });
    const sentToAddress = await tx.signInRequest.count({ where: { identifier, sent: true, createdAt: { gt: since } } });
    const fromClient = await tx.signInRequest.count({ where: { client, createdAt: { gt: since } } });
    const loggedForAddress = await tx.signInRequest.count({ where: { identifier, audited: true, createdAt: { gt: since } } });
    const loggedInAll = await tx.signInRequest.count({ where: { audited: true, createdAt: { gt: since } } });
    const reason = refusalReason(person, sentToAddress, fromClient);
    // A refused request is in the log (for a known person, in their own access report), but only
    // once per address and window, not past the client's limit, and not past the cap for all
    // clients: no flood, from one client or from made-up ones, grows the log without end. An
    // unknown address is not written down; the client it came from is.
    const logged =
      reason !== null && fromClient <= linkLimits.perClient && loggedForAddress === 0 && loggedInAll < linkLimits.refusalsLogged;
    await tx.signInRequest.create({ data: { identifier, client, sent: reason === null, audited: logged, createdAt: now } });
    if (logged) {
      await recordAudit(tx, {
        actorId: null,
        action: "session.refused",
        resourceKind: "signInRequest",
        subjectId: person?.id ?? null,
        details: { provider: "email", reason, client },
      });
      if (loggedInAll + 1 === linkLimits.refusalsLogged) {
        console.warn(
          `[sign-in] ${linkLimits.refusalsLogged} refused link requests logged in ${linkLimits.windowMinutes} minutes; further refusals in this window are not logged`,
        );
      }
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
