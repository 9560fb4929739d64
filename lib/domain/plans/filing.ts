import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { PlanPdfData } from "@/lib/pdf/plan";
import { fileSlug } from "@/lib/http/download";
import { planPdfBytes, storedPlanPdfs } from "./stored-pdf";
import { readPlanContent } from "./stored/read-content";

// The plan as filed: a version's PDF (for its two parties, and for HR once signed), HR's marking
// of a signed version as filed (journaliseret), and the employee's remark to it. Every download
// and every filing is recorded in the audit log.

const versionSelect = {
  id: true,
  number: true,
  content: true,
  signedAt: true,
  employeeComment: true,
  filedAt: true,
  filedById: true,
  approvals: { orderBy: { approvedAt: "asc" }, select: { approvedAt: true, personId: true } },
  plan: {
    select: {
      participant: {
        select: {
          person: { select: { id: true, name: true, jobTitle: true } },
          conversation: { select: { startsAt: true } },
          round: {
            select: {
              title: true,
              kind: true,
              unit: { select: { name: true } },
              leader: { select: { id: true, name: true, jobTitle: true } },
              municipality: { select: { name: true, planFilingScope: true } },
            },
          },
        },
      },
    },
  },
} as const;

type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersions>>[number]>;

function findVersions(database: Pick<Database, "planVersion">, where: { planId?: string; number?: number; ids?: string[] }) {
  return database.planVersion.findMany({
    where: {
      ...(where.planId ? { planId: where.planId } : {}),
      ...(where.number ? { number: where.number } : {}),
      ...(where.ids ? { id: { in: where.ids } } : {}),
    },
    orderBy: { number: "asc" },
    select: versionSelect,
  });
}

const resourceOf = (row: VersionRow) => ({
  kind: "plan" as const,
  employeeId: row.plan.participant.person.id,
  leaderId: row.plan.participant.round.leader.id,
  signed: row.signedAt !== null,
});

/** The PDF's data, a pure shape: what the file shows, nothing else. */
export function toPlanPdfData(row: VersionRow, filedByName: string | null): PlanPdfData {
  const { person, round, conversation } = row.plan.participant;
  const names = new Map([
    [person.id, person.name],
    [round.leader.id, round.leader.name],
  ]);
  return {
    municipality: round.municipality.name,
    unit: round.unit.name,
    round: { title: round.title, kind: round.kind },
    employee: { name: person.name, jobTitle: person.jobTitle },
    leader: { name: round.leader.name, jobTitle: round.leader.jobTitle },
    conversation: conversation ? formatDateTime(conversation.startsAt) : null,
    version: {
      number: row.number,
      signedAt: row.signedAt ? formatDateTime(row.signedAt) : null,
      approvals: row.approvals.map((approval) => ({ name: names.get(approval.personId) ?? "", at: formatDateTime(approval.approvedAt) })),
    },
    scope: round.municipality.planFilingScope,
    content: readPlanContent(row.content),
    employeeComment: row.employeeComment,
    filed: row.filedAt ? da.plans.filing.filedBy(formatDateTime(row.filedAt), filedByName ?? "") : null,
  };
}

/** A clear file name: person, round, version. */
export function planFileName(row: VersionRow): string {
  return fileSlug(da.plans.pdf.fileName(row.plan.participant.person.name, row.plan.participant.round.title, row.number));
}

async function filedByNames(database: Database, rows: VersionRow[]) {
  const ids = [...new Set(rows.flatMap((row) => (row.filedById ? [row.filedById] : [])))];
  const people = ids.length ? await database.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return new Map(people.map((person) => [person.id, person.name]));
}

/** One version's PDF data for download: the parties any version, HR signed ones. Recorded. */
export async function planVersionForDownload(database: Database, actor: Actor, planId: string, number: number) {
  const [row] = await findVersions(database, { planId, number });
  if (!row) throw new AccessDenied();
  authorize(actor, "export", resourceOf(row));
  const isParty = actor.id === resourceOf(row).employeeId || actor.id === resourceOf(row).leaderId;
  await recordAudit(database, {
    actorId: actor.id,
    action: "plan.download",
    resourceKind: "planVersion",
    resourceId: row.id,
    subjectId: resourceOf(row).employeeId,
    purpose: isParty ? "conversation" : "filing",
  });
  const names = await filedByNames(database, [row]);
  return {
    versionId: row.id,
    data: toPlanPdfData(row, row.filedById ? (names.get(row.filedById) ?? null) : null),
    fileName: planFileName(row),
  };
}

/**
 * Many signed versions for HR's export, in batches (a thousand need not be in memory at once),
 * each with its stored PDF if there is one (read with its batch: one query, not one a plan).
 */
export async function* signedVersionsForExport(database: Database, actor: Actor, ids: string[], batchSize = 25) {
  for (let start = 0; start < ids.length; start += batchSize) {
    const rows = await findVersions(database, { ids: ids.slice(start, start + batchSize) });
    const allowed = rows.filter((row) => can(actor, "export", resourceOf(row)));
    await recordAudits(
      database,
      allowed.map((row) => ({
        actorId: actor.id,
        action: "plan.export" as const,
        resourceKind: "planVersion",
        resourceId: row.id,
        subjectId: resourceOf(row).employeeId,
        purpose: "filing",
      })),
    );
    const names = await filedByNames(database, allowed);
    const stored = await storedPlanPdfs(
      database,
      allowed.map((row) => row.id),
    );
    for (const row of allowed) {
      yield {
        versionId: row.id,
        data: toPlanPdfData(row, row.filedById ? (names.get(row.filedById) ?? null) : null),
        fileName: planFileName(row),
        stored: stored.get(row.id) ?? null,
      };
    }
  }
}

/**
 * Renders and stores a signed version's PDF ahead of its first download, once what it shows has
 * changed (signed, filed, remarked), so that the download only reads it. Nobody sees the file
 * here, so nothing is recorded; an unsigned version is left alone.
 */
export async function preparePlanPdf(
  database: Database,
  where: { planId: string; number: number } | { versionId: string },
  options?: Parameters<typeof planPdfBytes>[3],
) {
  const [row] = await findVersions(database, "versionId" in where ? { ids: [where.versionId] } : where);
  if (!row?.signedAt) return;
  const names = await filedByNames(database, [row]);
  await planPdfBytes(database, row.id, toPlanPdfData(row, row.filedById ? (names.get(row.filedById) ?? null) : null), options);
}

/** HR marks a signed version as filed in the personnel folder; the parties see who and when. */
export async function markFiled(database: Database, actor: Actor, versionId: string) {
  return database.$transaction(async (tx) => {
    const [row] = await findVersions(tx, { ids: [versionId] });
    if (!row) throw new AccessDenied();
    authorize(actor, "file", resourceOf(row));
    // Conditional on "not filed yet", so a remark saved at the same moment cannot slip in after.
    const { count } = await tx.planVersion.updateMany({
      where: { id: row.id, filedAt: null },
      data: { filedAt: new Date(), filedById: actor.id },
    });
    if (count === 0) throw new FormError(da.plans.filing.alreadyFiled);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.file",
      resourceKind: "planVersion",
      resourceId: row.id,
      subjectId: resourceOf(row).employeeId,
      purpose: "filing",
    });
    return { number: row.number };
  });
}

/** The employee's remark to a signed version, until it is filed. */
export async function saveEmployeeComment(database: Database, actor: Actor, versionId: string, comment: string) {
  return database.$transaction(async (tx) => {
    const [row] = await findVersions(tx, { ids: [versionId] });
    if (!row) throw new AccessDenied();
    // The employee is told why (not signed yet); anyone else learns nothing.
    if (actor.id === resourceOf(row).employeeId && !row.signedAt) throw new FormError(da.plans.filing.commentNotSigned);
    authorize(actor, "remark", resourceOf(row));
    const { count } = await tx.planVersion.updateMany({ where: { id: row.id, filedAt: null }, data: { employeeComment: comment } });
    if (count === 0) throw new FormError(da.plans.filing.commentFiled);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.comment",
      resourceKind: "planVersion",
      resourceId: row.id,
      subjectId: actor.id,
      purpose: "filing",
    });
    return {};
  });
}
