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
