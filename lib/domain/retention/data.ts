import "server-only";
import type { Database } from "@/lib/db-client";
import { effectivePolicy, type RetentionKind, type RetentionPolicy } from "./kinds";

export async function loadRetentionPolicy(database: Database, municipalityId: string): Promise<RetentionPolicy> {
  return effectivePolicy(
    await database.retentionRule.findMany({ where: { municipalityId }, select: { kind: true, months: true, minimumMonths: true } }),
  );
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

export type RoundChoiceRow = { id: string; title: string; year: number; state: string; leaderName: string; unitName: string };

/** How many rounds the hold form offers at once: a large city has thousands; the search narrows them. */
export const roundChoiceLimit = 50;

/**
 * The municipality's rounds a hold may be placed on, newest first: those whose title, unit or
 * leader matches `search` (every round when empty), at most `roundChoiceLimit`, in one query.
 */
export async function loadRoundChoices(database: Database, municipalityId: string, search: string): Promise<RoundChoiceRow[]> {
  const words = search.trim();
  const rounds = await database.round.findMany({
    where: {
      municipalityId,
      ...(words
        ? {
            OR: [
              { title: { contains: words, mode: "insensitive" } },
              { unit: { name: { contains: words, mode: "insensitive" } } },
              { leader: { name: { contains: words, mode: "insensitive" } } },
            ],
          }
        : {}),
    },
    orderBy: [{ year: "desc" }, { title: "asc" }],
    take: roundChoiceLimit,
    select: { id: true, title: true, year: true, state: true, leader: { select: { name: true } }, unit: { select: { name: true } } },
  });
  return rounds.map((round) => ({
    id: round.id,
    title: round.title,
    year: round.year,
    state: round.state,
    leaderName: round.leader.name,
    unitName: round.unit.name,
  }));
}
