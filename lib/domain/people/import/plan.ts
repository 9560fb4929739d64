import { createHash } from "node:crypto";
import type { StoredRole } from "@/lib/access/policy";
import { da } from "@/lib/i18n/da";
import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";
import { employmentFactsChange, type EmploymentFacts, type StoredEmploymentFacts } from "../employment";
import type { ImportRow, RowError } from "./read-rows";

export type ExistingPerson = {
  id: string;
  email: string | null;
  employeeNumber: string | null;
  name: string;
  jobTitle: string | null;
  unitId: string | null;
  managerId: string | null;
  active: boolean;
  roles: StoredRole[];
  facts: StoredEmploymentFacts;
};
export type ExistingUnit = { id: string; name: string };

export type ChangedField = "name" | "email" | "employeeNumber" | "jobTitle" | "unit" | "manager" | "roles" | "active" | "employment";

/** What a person should look like after the import; managers by the file's row key, units by id. */
export type TargetPerson = {
  line: number;
  key: string;
  email: string | null;
  employeeNumber: string | null;
  name: string;
  jobTitle: string | null;
  unitId: string;
  unitName: string;
  managerKey: string | null;
  roles: StoredRole[];
  facts: EmploymentFacts;
};

export type ImportPlan = {
  create: TargetPerson[];
  update: (TargetPerson & { id: string; changed: ChangedField[] })[];
  deactivate: { id: string; email: string | null; employeeNumber: string | null; name: string }[];
  unchanged: number;
  fingerprint: string;
  /** The registered person's id for each row the file shares with the register (not fingerprinted: it follows from the rest). */
  idOfKey: Map<string, string>;
};

const sameRoles = (a: StoredRole[], b: StoredRole[]) =>
  a.length === b.length && [...a].sort().every((role, index) => role === [...b].sort()[index]);

/**
 * The registered person each row is: the one with the row's employee number, otherwise the one
 * with its address, unless that person already has another number (then the row is someone else)
 * or another row took them by number. Numbers first across the whole file, so the order of the
 * rows does not decide who is who.
 */
function matchPeople(rows: ImportRow[], people: ExistingPerson[]): Map<ImportRow, ExistingPerson> {
  const byNumber = new Map(people.flatMap((person) => (person.employeeNumber === null ? [] : [[person.employeeNumber, person] as const])));
  const byEmail = new Map(people.flatMap((person) => (person.email === null ? [] : [[person.email, person] as const])));
  const matched = new Map<ImportRow, ExistingPerson>();
  const taken = new Set<string>();
  for (const row of rows) {
    const person = row.employeeNumber === null ? undefined : byNumber.get(row.employeeNumber);
    if (person) {
      matched.set(row, person);
      taken.add(person.id);
    }
  }
  for (const row of rows) {
    if (matched.has(row) || row.email === null) continue;
    const person = byEmail.get(row.email);
    if (!person || taken.has(person.id)) continue;
    if (person.employeeNumber !== null && row.employeeNumber !== null) continue; // numbers differ: another person
    matched.set(row, person);
    taken.add(person.id);
  }
  return matched;
}

/**
 * Compares the file with the people already registered: who is created, who changes (and in
 * what), who is deactivated because the HR system no longer lists them. Pure, so the preview and
 * the import compute the same plan, and the fingerprint tells whether anything moved in between.
 * Asynchronous only to work in time slices (see timeSlicer); it reads and writes nothing.
 */
export async function planImport(
  rows: ImportRow[],
  existing: { people: ExistingPerson[]; units: ExistingUnit[]; foreignAddresses?: ReadonlySet<string> },
  actorId: string,
  pause: Pause = timeSlicer(),
): Promise<{ plan: ImportPlan; errors: [] } | { plan: null; errors: RowError[] }> {
  const t = da.peopleImport.errors;
  const errors: RowError[] = [];
  // Danish lower-casing goes through ICU and is slow; a file names the same few units 40,000 times.
  const unitKeys = new Map<string, string>();
  const unitKey = (name: string) => unitKeys.get(name) ?? unitKeys.set(name, name.toLocaleLowerCase("da")).get(name)!;
  const unitsByName = new Map(existing.units.map((unit) => [unitKey(unit.name), unit]));
  const matched = matchPeople(rows, existing.people);
  const matchedIds = new Set([...matched.values()].map((person) => person.id));
  const idOfKey = new Map(rows.flatMap((row) => (matched.has(row) ? [[row.key, matched.get(row)!.id] as const] : [])));
  // An address someone keeps after the import: a person the file does not list keeps theirs, a
  // listed one has the file's.
  const addressHolders = new Map(
    existing.people.flatMap((person) => (person.email !== null && !matchedIds.has(person.id) ? [[person.email, person] as const] : [])),
  );

  const targets: { row: ImportRow; target: TargetPerson }[] = [];
  for (const row of rows) {
    await pause();
    const unit = unitsByName.get(unitKey(row.unit));
    if (!unit) {
      errors.push({ line: row.line, message: t.unknownUnit(row.unit) });
      continue;
    }
    const holder = row.email === null ? undefined : addressHolders.get(row.email);
    if (holder) {
      errors.push({ line: row.line, message: t.emailHeldBy(row.email!, holder.name, holder.employeeNumber) });
      continue;
    }
    if (row.email !== null && existing.foreignAddresses?.has(row.email)) {
      errors.push({ line: row.line, message: t.emailInOtherMunicipality(row.email) });
      continue;
    }
    const current = matched.get(row);
    // A number HR has given again to someone new: the row matches a person who left, and nothing
    // else about them is the same. Taking it as that person would hand the newcomer the leaver's
    // sheets and plans; the administrator must decide (a new number, or edit the person by hand).
    if (current && !current.active && row.employeeNumber !== null && current.name !== row.name && current.email !== row.email) {
      errors.push({ line: row.line, message: t.numberReused(row.employeeNumber, current.name) });
      continue;
    }
    targets.push({
      row,
      target: {
        line: row.line,
        key: row.key,
        // The file's address, even none: the HR system is the source. A number is only ever added:
        // a row without one leaves the registered number alone.
        email: row.email,
        employeeNumber: row.employeeNumber ?? current?.employeeNumber ?? null,
        name: row.name,
        jobTitle: row.jobTitle,
        unitId: unit.id,
        unitName: unit.name,
        managerKey: row.managerKey,
        roles: row.roles,
        facts: row.facts,
      },
    });
  }

  const deactivate = existing.people
    .filter((person) => person.active && !matchedIds.has(person.id))
    .map(({ id, email, employeeNumber, name }) => ({ id, email, employeeNumber, name }));
  if (deactivate.some((person) => person.id === actorId)) errors.push({ line: 1, message: t.deactivatesYou });
  if (errors.length > 0) return { plan: null, errors: errors.sort((a, b) => a.line - b.line) };

  const create: ImportPlan["create"] = [];
  const update: ImportPlan["update"] = [];
  let unchanged = 0;
  for (const { row, target } of targets) {
    await pause();
    const current = matched.get(row);
    if (!current) {
      create.push(target);
      continue;
    }
    // A new manager has no id yet, so it differs from whoever the person has now.
    const managerId = target.managerKey === null ? null : (idOfKey.get(target.managerKey) ?? target.managerKey);
    const changed: ChangedField[] = [];
    if (current.name !== target.name) changed.push("name");
    if (current.email !== target.email) changed.push("email");
    if (current.employeeNumber !== target.employeeNumber) changed.push("employeeNumber");
    if (current.jobTitle !== target.jobTitle) changed.push("jobTitle");
    if (current.unitId !== target.unitId) changed.push("unit");
    if (current.managerId !== managerId) changed.push("manager");
    if (!sameRoles(current.roles, target.roles)) changed.push("roles");
    if (!current.active) changed.push("active");
    if (employmentFactsChange(current.facts, target.facts)) changed.push("employment");
    if (changed.length > 0) update.push({ ...target, id: current.id, changed });
    else unchanged++;
  }

  // Item by item rather than one JSON string of the whole plan (tens of megabytes for a municipality).
  // JSON never contains a raw line break, so "\n" keeps the items apart unambiguously.
  const hash = createHash("sha256").update(`${unchanged}\n`);
  for (const [section, items] of [
    ["create", create],
    ["update", update],
    ["deactivate", deactivate],
  ] as const) {
    hash.update(`${section}\n`);
    for (const item of items) {
      hash.update(`${JSON.stringify(item)}\n`);
      await pause();
    }
  }
  const fingerprint = hash.digest("hex");
  return { plan: { create, update, deactivate, unchanged, fingerprint, idOfKey }, errors: [] };
}
