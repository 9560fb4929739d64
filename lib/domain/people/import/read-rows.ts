import { emailSchema } from "@/lib/auth/schema";
import type { StoredRole } from "@/lib/access/policy";
import { da } from "@/lib/i18n/da";
import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";
import { columnLabels, mapColumns, requiredColumns } from "./columns";
import type { CsvTable } from "./parse-csv";

export type ImportRow = {
  line: number;
  name: string;
  email: string;
  unit: string;
  managerEmail: string | null;
  jobTitle: string | null;
  roles: StoredRole[];
};

export type RowError = { line: number; message: string };

const t = da.peopleImport.errors;

const roleNames: Record<string, StoredRole> = {
  administrator: "ADMINISTRATOR",
  admin: "ADMINISTRATOR",
  hr: "HR",
  med: "COMMITTEE_MEMBER",
  medrepræsentant: "COMMITTEE_MEMBER",
  medudvalg: "COMMITTEE_MEMBER",
  samarbejdsudvalg: "COMMITTEE_MEMBER",
  committeemember: "COMMITTEE_MEMBER",
};

function readRoles(cell: string, line: number, errors: RowError[]): StoredRole[] {
  const roles = new Set<StoredRole>();
  for (const raw of cell
    .split(/[|,+]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const role = roleNames[raw.toLowerCase().replace(/[\s\-_]/g, "")];
    if (role) roles.add(role);
    else errors.push({ line, message: t.unknownRole(raw) });
  }
  return [...roles].sort();
}

/** Manager chains that loop back on themselves, reported on every row in the loop. */
async function findCycles(rows: ImportRow[], errors: RowError[], pause: Pause): Promise<void> {
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  const state = new Map<string, "visiting" | "done">();
  for (const start of rows) {
    await pause();
    const path: ImportRow[] = [];
    let current: ImportRow | undefined = start;
    while (current && !state.has(current.email)) {
      state.set(current.email, "visiting");
      path.push(current);
      current = current.managerEmail ? byEmail.get(current.managerEmail) : undefined;
    }
    if (current && state.get(current.email) === "visiting") {
      const loop = path.slice(path.indexOf(current));
      const chain = [...loop, current].map((row) => row.email).join(" → ");
      for (const row of loop) {
        if (row.managerEmail === row.email) continue; // reported as "own manager"
        errors.push({ line: row.line, message: t.managerCycle(chain) });
      }
    }
    for (const row of path) state.set(row.email, "done");
  }
}

/** Reads and checks every row; the rows are good only when no errors come back. In time slices (see timeSlicer). */
export async function readImportRows(table: CsvTable, pause: Pause = timeSlicer()): Promise<{ rows: ImportRow[]; errors: RowError[] }> {
  const errors: RowError[] = [];
  if (table.unclosedQuoteLine !== null) return { rows: [], errors: [{ line: table.unclosedQuoteLine, message: t.unclosedQuote }] };
  if (table.header.length === 0) return { rows: [], errors: [{ line: 1, message: t.empty }] };
  const columns = mapColumns(table.header);
  const missing = requiredColumns.filter((key) => columns[key] === undefined);
  if (missing.length > 0) return { rows: [], errors: missing.map((key) => ({ line: 1, message: t.missingColumn(columnLabels[key]) })) };

  const cell = (cells: string[], index: number | undefined) => (index === undefined ? "" : (cells[index] ?? "").trim());
  const rows: ImportRow[] = [];
  const firstLineOf = new Map<string, number>();

  for (const { line, cells } of table.rows) {
    await pause();
    if (cells.length > table.header.length && cells.slice(table.header.length).some((extra) => extra.trim() !== "")) {
      errors.push({ line, message: t.tooManyColumns });
      continue;
    }
    const name = cell(cells, columns.name);
    const rawEmail = cell(cells, columns.email);
    const unit = cell(cells, columns.unit);
    const rawManager = cell(cells, columns.managerEmail);
    const before = errors.length;

    if (!name) errors.push({ line, message: t.missingName });
    const email = emailSchema.safeParse(rawEmail);
    if (!email.success) errors.push({ line, message: t.badEmail(rawEmail) });
    if (!unit) errors.push({ line, message: t.missingUnit });
    const manager = rawManager ? emailSchema.safeParse(rawManager) : null;
    if (manager && !manager.success) errors.push({ line, message: t.badEmail(rawManager) });
    const roles = readRoles(cell(cells, columns.roles), line, errors);

    if (email.success) {
      const earlier = firstLineOf.get(email.data);
      if (earlier !== undefined) errors.push({ line, message: t.duplicateEmail(earlier) });
      else firstLineOf.set(email.data, line);
      if (manager?.success && manager.data === email.data) errors.push({ line, message: t.ownManager });
    }
    if (errors.length === before && email.success) {
      rows.push({
        line,
        name,
        email: email.data,
        unit,
        managerEmail: manager?.success ? manager.data : null,
        jobTitle: cell(cells, columns.jobTitle) || null,
        roles,
      });
    }
  }

  const emails = new Set(rows.map((row) => row.email));
  for (const row of rows) {
    if (row.managerEmail && !emails.has(row.managerEmail) && !firstLineOf.has(row.managerEmail)) {
      errors.push({ line: row.line, message: t.unknownManager(row.managerEmail) });
    }
  }
  await findCycles(rows, errors, pause);
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
