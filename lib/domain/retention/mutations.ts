import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { defaultMonths, retentionKinds } from "./kinds";
import type { RetentionPolicyValues } from "./schema";

/**
 * Saves the municipality's periods: a kind set to its default keeps no row (so a later change of the
 * default reaches it), any other has one. One transaction, recorded in the audit log with what changed.
 */
export async function saveRetentionPolicy(
  database: Database,
  { municipalityId, actorId, values }: { municipalityId: string; actorId: string; values: RetentionPolicyValues },
): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await tx.retentionRule.findMany({ where: { municipalityId }, select: { kind: true, months: true } });
    const changed: Record<string, { from: number; to: number }> = {};
    for (const kind of retentionKinds) {
      const from = before.find((rule) => rule.kind === kind)?.months ?? defaultMonths[kind];
      const to = values[kind];
      if (from !== to) changed[kind] = { from, to };
      if (to === defaultMonths[kind]) await tx.retentionRule.deleteMany({ where: { municipalityId, kind } });
      else
        await tx.retentionRule.upsert({
          where: { municipalityId_kind: { municipalityId, kind } },
          create: { municipalityId, kind, months: to, updatedById: actorId },
          update: { months: to, updatedById: actorId },
        });
    }
    if (Object.keys(changed).length > 0)
      await recordAudit(tx, {
        actorId,
        action: "retention.policy",
        resourceKind: "municipality",
        resourceId: municipalityId,
        details: { changed },
      });
  });
}
