import { da } from "@/lib/i18n/da";
import type { CsvTable } from "@/lib/domain/people/import/parse-csv";

// The MED committee file, read without the database: one committee per name, its units and
// members gathered from every line that names it. A cell may hold several, separated by "|".
// Pure, so every rule about the file's shape is a plain test.

export type RowError = { line: number; message: string };
export type Reference = { line: number; value: string };
export type FileCommittee = { name: string; line: number; units: Reference[]; members: Reference[] };

type ColumnKey = "committee" | "units" | "members";

const aliases: Record<ColumnKey, string[]> = {
  committee: ["udvalg", "medudvalg", "udvalgsnavn", "navn", "committee", "name"],
  units: ["enheder", "enhed", "dækker", "units", "unit"],
  members: ["medlemmer", "medlem", "members", "member"],
};

const labels: Record<ColumnKey, string> = { committee: "udvalg", units: "enheder", members: "medlemmer" };

/** The committee name's length limit, as the committee form has it (lib/domain/committees/schema.ts). */
export const committeeNameMax = 120;

const squash = (header: string) => header.toLowerCase().replace(/[\s\-_'’.]/g, "");
/** Names are matched without regard to case or repeated spaces. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("da");

function mapColumns(header: string[]): Partial<Record<ColumnKey, number>> {
  const positions: Partial<Record<ColumnKey, number>> = {};
  header.forEach((name, index) => {
    const key = (Object.keys(aliases) as ColumnKey[]).find((candidate) => aliases[candidate].includes(squash(name)));
    if (key && positions[key] === undefined) positions[key] = index;
  });
  return positions;
}

const split = (cell: string) =>
  cell
    .split("|")
    .map((part) => part.trim().replace(/\s+/g, " "))
    .filter(Boolean);

export function readCommitteeRows(table: CsvTable): { committees: FileCommittee[]; errors: RowError[] } {
  const p = da.peopleImport.errors;
  const t = da.committeeImport.errors;
  if (table.unclosedQuoteLine !== null) return { committees: [], errors: [{ line: table.unclosedQuoteLine, message: p.unclosedQuote }] };
  if (table.header.length === 0) return { committees: [], errors: [{ line: 1, message: p.empty }] };
  const columns = mapColumns(table.header);
  const missing = (Object.keys(labels) as ColumnKey[]).filter((key) => columns[key] === undefined);
  if (missing.length > 0) return { committees: [], errors: missing.map((key) => ({ line: 1, message: p.missingColumn(labels[key]) })) };

  const errors: RowError[] = [];
  const byName = new Map<string, FileCommittee>();
  const cell = (cells: string[], key: ColumnKey) => (cells[columns[key]!] ?? "").trim();
  for (const { line, cells } of table.rows) {
    if (cells.every((value) => value.trim() === "")) continue; // a blank line, as Excel leaves at the end
    if (cells.length > table.header.length && cells.slice(table.header.length).some((extra) => extra.trim() !== "")) {
      errors.push({ line, message: t.tooManyColumns });
      continue;
    }
    const name = cell(cells, "committee").replace(/\s+/g, " ");
    if (!name) {
      errors.push({ line, message: t.missingName });
      continue;
    }
    if (name.length > committeeNameMax) {
      errors.push({ line, message: t.nameTooLong(committeeNameMax) });
      continue;
    }
    const committee = byName.get(nameKey(name)) ?? { name, line, units: [], members: [] };
    byName.set(nameKey(name), committee);
    committee.units.push(...split(cell(cells, "units")).map((value) => ({ line, value })));
    committee.members.push(...split(cell(cells, "members")).map((value) => ({ line, value })));
  }
  return { committees: [...byName.values()], errors };
}
