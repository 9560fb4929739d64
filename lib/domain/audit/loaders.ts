import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const auditPageSize = 100;

export type AuditFilter = { actorEmail: string; subjectEmail: string; action: string; from: Date | null; to: Date | null; page: number };

const withPeople = {
  actor: { select: { name: true, email: true } },
  subject: { select: { name: true, email: true } },
} satisfies Prisma.AuditEventInclude;

/** A page of the audit log, newest first, with the people named: two queries. */
export async function loadAuditPage(filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.actorEmail ? { actor: { email: { contains: filter.actorEmail.toLowerCase() } } } : {}),
    ...(filter.subjectEmail ? { subject: { email: { contains: filter.subjectEmail.toLowerCase() } } } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    // The people in a second query for the shown rows only, not joined to every row the offset skips.
    db().auditEvent.findMany({
      relationLoadStrategy: "query",
      where,
      include: withPeople,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * auditPageSize,
      take: auditPageSize,
    }),
  ]);
  return { total, events, pages: Math.max(1, Math.ceil(total / auditPageSize)) };
}

/** Everything recorded about one person's data: who read or changed it, when and why. */
export async function loadAccessReport(subjectId: string, database: Database = db()) {
  return database.auditEvent.findMany({
    where: { subjectId },
    include: { actor: { select: { id: true, name: true, email: true } } },
    orderBy: { id: "desc" },
  });
}
