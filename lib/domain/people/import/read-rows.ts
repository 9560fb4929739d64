import { emailSchema } from "@/lib/auth/schema";
import type { StoredRole } from "@/lib/access/policy";
import { da } from "@/lib/i18n/da";
import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";
import { employeeNumberSchema } from "../schema";
import { columnLabels, mapColumns, requiredColumns } from "./columns";
import type { CsvTable } from "./parse-csv";
import type { EmploymentFacts } from "../employment";
import { readEmploymentFacts } from "./read-facts";

/**
 * A person as the file describes them. `key` names the row within the file: the employee number
 * when there is one (the person's key in the HR system), otherwise the e-mail address; managers
 * are referred to by their row's key, whichever of the two columns the file named them by.
 */
export type ImportRow = {
  line: number;
  key: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  unit: string;
  managerKey: string | null;
  jobTitle: string | null;
  roles: StoredRole[];
  /** Only the columns the file has (see readEmploymentFacts). */
  facts: EmploymentFacts;
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

const numberKey = (employeeNumber: string) => `nr:${employeeNumber}`;
const emailKey = (email: string) => `mail:${email}`;
/** How an error names a person of the file: their address, or their number when they have none. */
const shown = (row: Pick<ImportRow, "email" | "employeeNumber">) => row.email ?? row.employeeNumber ?? "";

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
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const state = new Map<string, "visiting" | "done">();
  for (const start of rows) {
    await pause();
    const path: ImportRow[] = [];
    let current: ImportRow | undefined = start;
    while (current && !state.has(current.key)) {
      state.set(current.key, "visiting");
      path.push(current);
      current = current.managerKey ? byKey.get(current.managerKey) : undefined;
    }
    if (current && state.get(current.key) === "visiting") {
      const loop = path.slice(path.indexOf(current));
      const chain = [...loop, current].map(shown).join(" → ");
      for (const row of loop) {
        if (row.managerKey === row.key) continue; // reported as "own manager"
        errors.push({ line: row.line, message: t.managerCycle(chain) });
      }
    }
    for (const row of path) state.set(row.key, "done");
  }
}

type ManagerReference = { line: number; email: string | null; employeeNumber: string | null };

/** Reads and checks every row; the rows are good only when no errors come back. In time slices (see timeSlicer). */
export async function readImportRows(
  table: CsvTable,
  pause: Pause = timeSlicer(),
  now = new Date(),
): Promise<{ rows: ImportRow[]; errors: RowError[] }> {
  const errors: RowError[] = [];
  if (table.unclosedQuoteLine !== null) return { rows: [], errors: [{ line: table.unclosedQuoteLine, message: t.unclosedQuote }] };
  if (table.header.length === 0) return { rows: [], errors: [{ line: 1, message: t.empty }] };
  const columns = mapColumns(table.header);
  const missing = requiredColumns.filter((key) => columns[key] === undefined);
  if (missing.length > 0) return { rows: [], errors: missing.map((key) => ({ line: 1, message: t.missingColumn(columnLabels[key]) })) };

  const cell = (cells: string[], index: number | undefined) => (index === undefined ? "" : (cells[index] ?? "").trim());
  const rows: ImportRow[] = [];
  const managers = new Map<ImportRow, ManagerReference>();
  // Every row's address and number with its key, bad rows included, so a manager on a bad row is
  // not reported a second time as missing from the file.
  const keyOfEmail = new Map<string, { line: number; key: string }>();
  const keyOfNumber = new Map<string, { line: number; key: string }>();

  for (const { line, cells } of table.rows) {
    await pause();
    if (cells.length > table.header.length && cells.slice(table.header.length).some((extra) => extra.trim() !== "")) {
      errors.push({ line, message: t.tooManyColumns });
      continue;
    }
    const name = cell(cells, columns.name);
    const rawEmail = cell(cells, columns.email);
    const rawNumber = cell(cells, columns.employeeNumber);
    const unit = cell(cells, columns.unit);
    const rawManager = cell(cells, columns.managerEmail);
    const managerNumber = cell(cells, columns.managerEmployeeNumber) || null;
    const before = errors.length;

    if (!name) errors.push({ line, message: t.missingName });
    const email = rawEmail ? emailSchema.safeParse(rawEmail) : null;
    if (email && !email.success) errors.push({ line, message: t.badEmail(rawEmail) });
    const employeeNumber = rawNumber ? employeeNumberSchema.safeParse(rawNumber) : null;
    if (employeeNumber && !employeeNumber.success) errors.push({ line, message: t.badEmployeeNumber(rawNumber) });
    if (!rawEmail && !rawNumber) errors.push({ line, message: t.missingKey });
    if (!unit) errors.push({ line, message: t.missingUnit });
    const manager = rawManager ? emailSchema.safeParse(rawManager) : null;
    if (manager && !manager.success) errors.push({ line, message: t.badEmail(rawManager) });
    const roles = readRoles(cell(cells, columns.roles), line, errors);
    const facts = readEmploymentFacts((key) => (columns[key] === undefined ? undefined : cell(cells, columns[key])), line, errors, now);

    const address = email?.success ? email.data : null;
    const number = employeeNumber?.success ? employeeNumber.data : null;
    const key = number !== null ? numberKey(number) : address !== null ? emailKey(address) : null;
    if (address !== null) {
      const earlier = keyOfEmail.get(address);
      if (earlier) errors.push({ line, message: t.duplicateEmail(earlier.line) });
      else if (key) keyOfEmail.set(address, { line, key });
    }
    if (number !== null) {
      const earlier = keyOfNumber.get(number);
      if (earlier) errors.push({ line, message: t.duplicateEmployeeNumber(earlier.line) });
      else if (key) keyOfNumber.set(number, { line, key });
    }
    if (errors.length === before && key !== null) {
      const row: ImportRow = {
        line,
        key,
        name,
        email: address,
        employeeNumber: number,
        unit,
        managerKey: null,
        jobTitle: cell(cells, columns.jobTitle) || null,
        roles,
        facts,
      };
      rows.push(row);
      const reference = { line, email: manager?.success ? manager.data : null, employeeNumber: managerNumber };
      if (reference.email !== null || reference.employeeNumber !== null) managers.set(row, reference);
    }
  }

  // Managers are named by number or address (a manager without an address by number); both
  // columns filled must name the same row.
  for (const [row, reference] of managers) {
    await pause();
    const byNumber = reference.employeeNumber === null ? undefined : keyOfNumber.get(reference.employeeNumber);
    const byEmail = reference.email === null ? undefined : keyOfEmail.get(reference.email);
    if (reference.employeeNumber !== null && !byNumber)
      errors.push({ line: row.line, message: t.unknownManager(reference.employeeNumber) });
    else if (reference.email !== null && !byEmail) errors.push({ line: row.line, message: t.unknownManager(reference.email) });
    else if (byNumber && byEmail && byNumber.key !== byEmail.key) errors.push({ line: row.line, message: t.managerMismatch });
    else {
      row.managerKey = (byNumber ?? byEmail)!.key;
      if (row.managerKey === row.key) errors.push({ line: row.line, message: t.ownManager });
    }
  }
  await findCycles(rows, errors, pause);
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
