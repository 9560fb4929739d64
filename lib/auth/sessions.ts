import "server-only";
import { sqlOn, type Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import type { StoredRole } from "@/lib/access/policy";
import type { SignedInPerson } from "./people";

type SessionRow = {
  createdAt: string;
  lastSeenAt: string;
  ended: boolean;
  id: string;
  name: string;
  email: string | null;
  active: boolean;
  municipalityId: string;
  roles: string[];
};

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

/**
 * The person behind a live session, or null (and the session ended) when it is over. Only what a
 * person does counts toward the idle limit: `activity: false` checks the session without moving
 * it on (a tab's presence heartbeat, the live stream and its re-checks keep an open page going,
 * not the person).
 */
export async function resumeSession(
  database: Database,
  id: string,
  now = new Date(),
  { activity = true }: { activity?: boolean } = {},
): Promise<SignedInPerson | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  // Every request asks this, so it is one statement, and on the pool without Prisma's query layer
  // (a keystroke's request spends more there than in the query; see `npm run bench:plans`). The
  // times come as milliseconds since the epoch: node-postgres would read a timestamp without a
  // time zone as local time, and Prisma stores UTC.
  const [row] = await sqlOn(database)<SessionRow>(
    `select (extract(epoch from s."createdAt") * 1000)::bigint::text as "createdAt", (extract(epoch from s."lastSeenAt") * 1000)::bigint::text as "lastSeenAt",
       s."endedAt" is not null as ended, p.id, p.name, p.email, p.active, p."municipalityId"::text as "municipalityId",
       array(select r.role::text from "RoleAssignment" r where r."personId" = p.id order by r.role) as roles
     from "AuthSession" s join "Person" p on p.id = s."personId"
     where s.id = $1::uuid`,
    [id],
    { prepared: true },
  );
  if (!row || row.ended) return null;
  const session = { ...row, createdAt: new Date(Number(row.createdAt)), lastSeenAt: new Date(Number(row.lastSeenAt)) };
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  const reason: EndReason | null = !session.active
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
  if (activity && now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    await database.authSession.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return {
    id: session.id,
    name: session.name,
    email: session.email,
    active: session.active,
    municipalityId: session.municipalityId,
    roles: session.roles as StoredRole[],
  };
}
