import "server-only";
import type { Database } from "@/lib/db-client";
import { loadImportBaseline } from "../data";
import { decodeCsv } from "./decode";
import { parseCsv } from "./parse-csv";
import { planImport, type ImportPlan } from "./plan";
import { readImportRows, type ImportRow, type RowError } from "./read-rows";

export type ImportPreview =
  | { ok: true; plan: ImportPlan; rows: ImportRow[]; encoding: string; separator: string }
  | { ok: false; errors: RowError[] };

/** From the file's bytes to what the import would do, writing nothing. */
export async function previewImport(database: Database, bytes: Uint8Array, municipalityId: string, actorId: string): Promise<ImportPreview> {
  const { text, encoding } = decodeCsv(bytes);
  const table = parseCsv(text);
  const { rows, errors } = readImportRows(table);
  if (errors.length > 0) return { ok: false, errors };
  const result = planImport(rows, await loadImportBaseline(database, municipalityId), actorId);
  if (!result.plan) return { ok: false, errors: result.errors };
  return { ok: true, plan: result.plan, rows, encoding, separator: table.separator };
}
