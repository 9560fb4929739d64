import { z } from "zod";
import { readStored, type StoredShape } from "@/lib/stored/versioned";
import type { StoredTheme } from "./schema";

// The read boundary of a template's themes (RoundTemplate.themes). One shape has been written
// since templates began (data.ts for the shipped ones, toStoredThemes for an administrator's
// edits), always with a description, "" when there is none. It is an array and stays unmarked:
// a next shape would be an object { schemaVersion: 2, themes }, never mistaken for the array.

const themesV1 = z.array(z.strictObject({ title: z.string(), description: z.string(), questions: z.array(z.string()) }));

const shapes: StoredShape<StoredTheme[]>[] = [
  { version: 1, unmarked: true, schema: themesV1, toCurrent: (themes: StoredTheme[]) => themes },
];

/** A template's stored themes; throws StoredDocumentError for a shape never written. */
export function readTemplateThemes(json: unknown): StoredTheme[] {
  return readStored("template themes", json, shapes);
}
