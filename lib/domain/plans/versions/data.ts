import "server-only";
import type { Database } from "@/lib/db-client";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { PlanPdfData } from "@/lib/pdf/plan";
import { fileSlug } from "@/lib/http/download";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";

// A plan's versions as they are read for the file, the filing and the export: one query shape,
// the version as the policy sees it, and the PDF's data (a pure shape).

const versionSelect = {
  id: true,
  number: true,
  content: true,
  signedAt: true,
  employeeComment: true,
  filedAt: true,
  filedById: true,
  approvals: { orderBy: { approvedAt: "asc" }, select: { approvedAt: true, personId: true, registeredBy: { select: { name: true } } } },
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
              hasScores: true,
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

export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersions>>[number]>;

export function findVersions(database: Pick<Database, "planVersion">, where: { planId?: string; number?: number; ids?: string[] }) {
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

/** The version as the policy sees it. */
export const resourceOf = (row: VersionRow) => ({
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
      approvals: row.approvals.map((approval) => ({
        name: names.get(approval.personId) ?? "",
        at: formatDateTime(approval.approvedAt),
        // Signed on the printed plan and registered by the leader (mutations/sign-off.ts).
        onPaperBy: approval.registeredBy?.name ?? null,
      })),
    },
    scope: round.municipality.planFilingScope,
    content: readPlanContent(row.content),
    employeeComment: row.employeeComment,
    filed: row.filedAt ? da.plans.filing.filedBy(formatDateTime(row.filedAt), filedByName ?? "") : null,
    ...(round.hasScores ? {} : { noDimensions: true as const }),
  };
}

/** A clear file name: person, round, version. */
export function planFileName(row: VersionRow): string {
  return fileSlug(da.plans.pdf.fileName(row.plan.participant.person.name, row.plan.participant.round.title, row.number));
}

/** The names of those who filed these versions. */
export async function filedByNames(database: Database, rows: VersionRow[]) {
  const ids = [...new Set(rows.flatMap((row) => (row.filedById ? [row.filedById] : [])))];
  const people = ids.length ? await database.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return new Map(people.map((person) => [person.id, person.name]));
}

/** A plan's versions, newest first, with their approvals and filing, for the conversation page. */
export async function loadPlanVersions(database: Database, planId: string) {
  return database.planVersion.findMany({
    where: { planId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      contentHash: true,
      content: true,
      signedAt: true,
      employeeComment: true,
      filedAt: true,
      filedBy: { select: { name: true } },
      approvals: { select: { approvedAt: true, personId: true, registeredBy: { select: { name: true } } } },
    },
  });
}
