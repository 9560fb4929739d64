import "server-only";
import type { Database } from "@/lib/db-client";
import { effectivePolicy, type RetentionKind, type RetentionPolicy } from "./kinds";

export async function loadRetentionPolicy(database: Database, municipalityId: string): Promise<RetentionPolicy> {
  return effectivePolicy(await database.retentionRule.findMany({ where: { municipalityId }, select: { kind: true, months: true } }));
}

export type DeletionLogRun = {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  trigger: string;
  actorName: string | null;
  counts: { kind: RetentionKind; count: number; months: number; cutoff: Date }[];
};

/** The municipality's deletion runs, newest first, each with what it deleted; two queries. */
export async function loadDeletionLog(database: Database, municipalityId: string, take = 100): Promise<DeletionLogRun[]> {
  const runs = await database.deletionRun.findMany({
    where: { municipalityId },
    orderBy: { startedAt: "desc" },
    take,
    include: { counts: { orderBy: { kind: "asc" } } },
  });
  const actorIds = [...new Set(runs.flatMap((run) => (run.actorId ? [run.actorId] : [])))];
  const actors = await database.person.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  return runs.map((run) => ({
    id: run.id,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    trigger: run.trigger,
    actorName: actors.find((actor) => actor.id === run.actorId)?.name ?? null,
    counts: run.counts.map(({ kind, count, months, cutoff }) => ({ kind, count, months, cutoff })),
  }));
}
