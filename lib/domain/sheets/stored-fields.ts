import { z } from "zod";
import { readStored, type StoredShape } from "@/lib/stored/versioned";
import type { FieldMap, RevisionMap } from "./fields";

// The field documents' read boundary: a preparation sheet's, a leader's note's and a round note's
// `fields` and `revisions` (fields.ts). One shape has been written since sheets began, a flat map,
// and it carries no marker: its keys are the form's field keys, so a marker key would share their
// namespace, and the column's default ('{}') makes unmarked rows anyway. A next shape would be
// stored as { schemaVersion: 2, ... }, told apart from these maps by the marker.

const fieldMapV1 = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
const revisionMapV1 = z.record(z.string(), z.number().int().nonnegative());

const fieldShapes: StoredShape<FieldMap>[] = [{ version: 1, unmarked: true, schema: fieldMapV1, toCurrent: (fields: FieldMap) => fields }];
const revisionShapes: StoredShape<RevisionMap>[] = [
  { version: 1, unmarked: true, schema: revisionMapV1, toCurrent: (revisions: RevisionMap) => revisions },
];

/** A stored field map; throws StoredDocumentError for a shape never written. */
export function readFieldMap(json: unknown): FieldMap {
  return readStored("field map", json, fieldShapes);
}

/** A stored revision map; throws StoredDocumentError for a shape never written. */
export function readRevisionMap(json: unknown): RevisionMap {
  return readStored("revision map", json, revisionShapes);
}
