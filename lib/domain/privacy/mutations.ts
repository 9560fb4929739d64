import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionActor } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { privacyFields, type PrivacySettingsValues } from "./schema";

// Without a row nothing is withheld: the box starts off, so a first save with it off changes nothing there.
const unsaved: Partial<PrivacySettingsValues> = { withholdLeaderNotes: false, withholdLeaderNotesReason: "" };

/**
 * Saves the municipality's privacy settings (one row, created on the first save), recorded in the
 * audit log with the names of the fields that changed (the values are public in the notice anyway,
 * but the log names what was changed, not what it says), and, when withholding the leader's notes
 * was turned on or off, which: from then on it decides what people's exports hold. Nothing changed:
 * nothing written. Only an administrator, and only for their own municipality.
 */
export async function savePrivacySettings(
  database: Database,
  actor: Pick<SessionActor, "id" | "active" | "roles" | "municipalityId">,
  values: PrivacySettingsValues,
): Promise<{ changed: string[] }> {
  authorize(actor, "update", { kind: "organisation" });
  const { municipalityId } = actor;
  const actorId = actor.id;
  return database.$transaction(async (tx) => {
    const before = await tx.privacySettings.findUnique({ where: { municipalityId } });
    const changed = privacyFields.filter((field) => (before ? before[field] : unsaved[field]) !== values[field]);
    if (changed.length === 0) return { changed };
    await tx.privacySettings.upsert({
      where: { municipalityId },
      create: { municipalityId, ...values, updatedById: actorId },
      update: { ...values, updatedById: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: "privacy.settings",
      resourceKind: "municipality",
      resourceId: municipalityId,
      purpose: "administration",
      details: changed.includes("withholdLeaderNotes") ? { changed, withholdLeaderNotes: values.withholdLeaderNotes } : { changed },
    });
    return { changed };
  });
}
