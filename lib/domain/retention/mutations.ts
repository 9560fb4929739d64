import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { defaultMonths, retentionKinds } from "./kinds";
import type { RetentionPolicyValues } from "./schema";

type Change = { from: number | null; to: number | null };

/**
 * Saves the municipality's periods and binding minimums: a kind at its default with no minimum keeps
 * no row (so a later change of the default reaches it), any other has one. One transaction,
 * recorded in the audit log with what changed.
 */
export async function saveRetentionPolicy(
  database: Database,
  { municipalityId, actorId, values }: { municipalityId: string; actorId: string; values: RetentionPolicyValues },
): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await tx.retentionRule.findMany({
      where: { municipalityId },
      select: { kind: true, months: true, minimumMonths: true },
    });
    const changed: Record<string, Change> = {};
    const minimums: Record<string, Change> = {};
    for (const kind of retentionKinds) {
      const rule = before.find((candidate) => candidate.kind === kind);
      const from = rule?.months ?? defaultMonths[kind];
      const to = values[kind];
      const minimumFrom = rule?.minimumMonths ?? null;
      const minimumTo = values.minimums?.[kind] ?? null;
      if (from !== to) changed[kind] = { from, to };
      if (minimumFrom !== minimumTo) minimums[kind] = { from: minimumFrom, to: minimumTo };
      if (to === defaultMonths[kind] && minimumTo === null) await tx.retentionRule.deleteMany({ where: { municipalityId, kind } });
      else
        await tx.retentionRule.upsert({
          where: { municipalityId_kind: { municipalityId, kind } },
          create: { municipalityId, kind, months: to, minimumMonths: minimumTo, updatedById: actorId },
          update: { months: to, minimumMonths: minimumTo, updatedById: actorId },
        });
    }
    if (Object.keys(changed).length > 0 || Object.keys(minimums).length > 0)
      await recordAudit(tx, {
        actorId,
        action: "retention.policy",
        resourceKind: "municipality",
        resourceId: municipalityId,
        details: Object.keys(minimums).length > 0 ? { changed, minimums } : { changed },
      });
  });
}
