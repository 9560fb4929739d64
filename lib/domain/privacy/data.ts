import "server-only";
import type { Database } from "@/lib/db-client";
import { loadRetentionPolicy } from "@/lib/domain/retention/data";
import type { PrivacyFacts } from "./facts";
import { privacyNotice } from "./notice";
import type { PrivacySettingsValues } from "./schema";
import type { Section } from "./sections";

const settingsFields = {
  controllerName: true,
  controllerAddress: true,
  dpoName: true,
  dpoEmail: true,
  dpoPhone: true,
  policyUrl: true,
  withholdLeaderNotes: true,
  withholdLeaderNotesReason: true,
} as const;

/** The municipality's settings as the form holds them, or null before any are saved. */
export async function loadPrivacySettings(database: Database, municipalityId: string): Promise<PrivacySettingsValues | null> {
  return database.privacySettings.findUnique({ where: { municipalityId }, select: settingsFields });
}

/**
 * Whether a person's export leaves out the leader's notes in rounds not yet closed, and the reason
 * it gives: null (nothing withheld) when the box is off or nothing has been saved.
 */
export async function loadLeaderNoteWithholding(database: Database, municipalityId: string): Promise<{ reason: string } | null> {
  const settings = await database.privacySettings.findUnique({
    where: { municipalityId },
    select: { withholdLeaderNotes: true, withholdLeaderNotesReason: true },
  });
  return settings?.withholdLeaderNotes ? { reason: settings.withholdLeaderNotesReason } : null;
}

/** Everything the notice and the record are made of, for one municipality. */
export async function loadPrivacyFacts(database: Database, municipalityId: string): Promise<PrivacyFacts> {
  const [municipality, settings, retention] = await Promise.all([
    database.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { name: true, cooperationBodyName: true } }),
    loadPrivacySettings(database, municipalityId),
    loadRetentionPolicy(database, municipalityId),
  ]);
  return { municipalityName: municipality.name, cooperationBody: municipality.cooperationBodyName, settings, retention };
}

/**
 * The notice for whoever reads it: signed in, their own municipality's; signed out (or for an
 * installation with none yet: null), the installation's first municipality's, as the header names it.
 */
export async function loadPrivacyNotice(
  database: Database,
  municipalityId: string | null,
): Promise<{ facts: PrivacyFacts; sections: Section[] } | null> {
  const id = municipalityId ?? (await database.municipality.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } }))?.id ?? null;
  if (!id) return null;
  const facts = await loadPrivacyFacts(database, id);
  return { facts, sections: privacyNotice(facts) };
}
