import type { z } from "zod";

// One way to read a document the database has kept (a signed plan, a template's themes, a sheet's
// fields): every shape ever written has a zod schema and an upgrade to today's shape, and the JSON
// goes through them once, where it is read. Nothing downstream patches old shapes field by field.
//
// A document written with a marker ({ schemaVersion: n, ... }) is read by that version's schema
// alone. Documents stored before markers existed carry none; they are recognised by shape, trying
// the newest unmarked shape first (older shapes lack fields, so a newer document never passes as
// an older one: every schema is strict, an unknown field is a mismatch, not something dropped).
//
// A document that fits no known shape is refused with a StoredDocumentError rather than shown with
// guessed values: a signed plan is shown and printed exactly as signed, or not at all. The error
// names the kind and the first problems, and the page's error boundary takes it from there.

export type StoredShape<T> = {
  version: number;
  /** Written before the marker existed: recognised by its shape alone. */
  unmarked: boolean;
  schema: z.ZodType;
  /** The document in today's shape. */
  toCurrent: (document: never) => T;
};

export class StoredDocumentError extends Error {
  constructor(
    readonly kind: string,
    readonly problems: string[],
  ) {
    super(`Stored ${kind} fits no known version: ${problems.slice(0, 5).join("; ")}`);
    this.name = "StoredDocumentError";
  }
}

const problemsOf = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`);

function markerOf(json: unknown): unknown {
  return json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>).schemaVersion : undefined;
}

/** The stored JSON in today's shape, whichever known version it was written in. */
export function readStored<T>(kind: string, json: unknown, shapes: StoredShape<T>[]): T {
  const marker = markerOf(json);
  if (marker !== undefined) {
    const shape = shapes.find((candidate) => !candidate.unmarked && candidate.version === marker);
    if (!shape) throw new StoredDocumentError(kind, [`unknown schemaVersion ${JSON.stringify(marker)}`]);
    const parsed = shape.schema.safeParse(json);
    if (!parsed.success) throw new StoredDocumentError(kind, problemsOf(parsed.error));
    return shape.toCurrent(parsed.data as never);
  }
  const unmarked = shapes.filter((shape) => shape.unmarked).sort((a, b) => b.version - a.version);
  let problems: string[] = [];
  for (const shape of unmarked) {
    const parsed = shape.schema.safeParse(json);
    if (parsed.success) return shape.toCurrent(parsed.data as never);
    if (problems.length === 0) problems = problemsOf(parsed.error); // the newest shape's complaint reads best
  }
  throw new StoredDocumentError(kind, problems);
}
