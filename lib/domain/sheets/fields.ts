// A document as a map of fields, each with its own revision. A change names the revision it was
// made on: applied if that is still the stored one; if the field moved on meanwhile (another tab,
// another device), the change is a conflict and the stored value is returned, so nobody's text is
// silently replaced. Re-sending a change that was saved but whose answer was lost is harmless.
// Pure: the same function runs on the server (to store) and is unit-tested on its own.

export type FieldValue = string | number | null;
export type FieldMap = Record<string, FieldValue>;
export type RevisionMap = Record<string, number>;
export type FieldChange = { key: string; value: FieldValue; baseRevision: number };
export type FieldConflict = { key: string; value: FieldValue; revision: number };

export type Applied = { fields: FieldMap; revisions: RevisionMap; saved: RevisionMap; conflicts: FieldConflict[] };
/** What an autosave gets back: what was stored, what met another edit, and what was refused, with why. */
export type SaveOutcome = { saved: RevisionMap; conflicts: FieldConflict[]; refused: Record<string, string> };

/**
 * The changes that may be stored, and the refused ones with their message. A refused field does
 * not hold back the others in the same batch: they are stored, and the refused one is told apart
 * (its message next to it, its text kept in the browser).
 */
export function partitionChanges(
  changes: FieldChange[],
  errorOf: (change: FieldChange) => string | null,
): { valid: FieldChange[]; refused: Record<string, string> } {
  const valid: FieldChange[] = [];
  const refused: Record<string, string> = {};
  for (const change of changes) {
    const message = errorOf(change);
    if (message) refused[change.key] = message;
    else valid.push(change);
  }
  return { valid, refused };
}

export function applyChanges(fields: FieldMap, revisions: RevisionMap, changes: FieldChange[]): Applied {
  const nextFields = { ...fields };
  const nextRevisions = { ...revisions };
  const saved: RevisionMap = {};
  const conflicts: FieldConflict[] = [];
  for (const change of changes) {
    const revision = nextRevisions[change.key] ?? 0;
    const stored = nextFields[change.key] ?? null;
    if (change.baseRevision === revision) {
      if (stored === change.value) {
        saved[change.key] = revision;
        continue;
      }
      nextFields[change.key] = change.value;
      nextRevisions[change.key] = revision + 1;
      saved[change.key] = revision + 1;
    } else if (stored === change.value) {
      saved[change.key] = revision; // already there (a retry, or both tabs typed the same)
    } else {
      conflicts.push({ key: change.key, value: stored, revision });
    }
  }
  return { fields: nextFields, revisions: nextRevisions, saved, conflicts };
}
