import "server-only";
import { sqlIn, type Database } from "@/lib/db-client";
import { timeSlicer } from "@/lib/jobs/time-slice";
import { loadImportBaseline } from "../data";
import { decodeCsv } from "./decode";
import { parseCsv } from "./parse-csv";
import { planImport, type ImportPlan } from "./plan";
import { readImportRows, type ImportRow, type RowError } from "./read-rows";

export type ImportPreview =
  { ok: true; plan: ImportPlan; rows: ImportRow[]; encoding: string; separator: string } | { ok: false; errors: RowError[] };

export type ImportFile = { ok: true; rows: ImportRow[]; encoding: string; separator: string } | { ok: false; errors: RowError[] };

/** From the file's bytes to its checked rows, reading no database. */
export async function readImportFile(bytes: Uint8Array): Promise<ImportFile> {
  const pause = timeSlicer();
  const { text, encoding } = decodeCsv(bytes);
  const table = await parseCsv(text, pause);
  const { rows, errors } = await readImportRows(table, pause);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows, encoding, separator: table.separator };
}

/** From the file's bytes to what the import would do, writing nothing. */
export async function previewImport(
  database: Database,
  bytes: Uint8Array,
  municipalityId: string,
  actorId: string,
): Promise<ImportPreview> {
  const file = await readImportFile(bytes);
  if (!file.ok) return file;
  const result = await planImport(
    file.rows,
    await loadImportBaseline(
      sqlIn(database),
      municipalityId,
      file.rows.map((row) => row.email),
    ),
    actorId,
  );
  if (!result.plan) return { ok: false, errors: result.errors };
  return { ...file, plan: result.plan };
}
