import { createHash } from "node:crypto";
import type { StoredRole } from "@/lib/access/policy";
import { da } from "@/lib/i18n/da";
import { timeSlicer, type Pause } from "@/lib/jobs/time-slice";
import type { ImportRow, RowError } from "./read-rows";

export type ExistingPerson = {
  id: string;
  email: string;
  name: string;
  jobTitle: string | null;
  unitId: string | null;
  managerId: string | null;
  active: boolean;
  roles: StoredRole[];
};
export type ExistingUnit = { id: string; name: string };

export type ChangedField = "name" | "jobTitle" | "unit" | "manager" | "roles" | "active";

/** What a person should look like after the import; managers by e-mail, units by id. */
export type TargetPerson = {
  line: number;
  email: string;
  name: string;
  jobTitle: string | null;
  unitId: string;
  unitName: string;
  managerEmail: string | null;
  roles: StoredRole[];
};

export type ImportPlan = {
  create: TargetPerson[];
  update: (TargetPerson & { id: string; changed: ChangedField[] })[];
  deactivate: { id: string; email: string; name: string }[];
  unchanged: number;
  fingerprint: string;
};

const sameRoles = (a: StoredRole[], b: StoredRole[]) =>
  a.length === b.length && [...a].sort().every((role, index) => role === [...b].sort()[index]);

/**
 * Compares the file with the people already registered: who is created, who changes (and in
 * what), who is deactivated because the HR system no longer lists them. Pure, so the preview and
 * the import compute the same plan, and the fingerprint tells whether anything moved in between.
 * Asynchronous only to work in time slices (see timeSlicer); it reads and writes nothing.
 */
export async function planImport(
  rows: ImportRow[],
  existing: { people: ExistingPerson[]; units: ExistingUnit[] },
  actorId: string,
  pause: Pause = timeSlicer(),
): Promise<{ plan: ImportPlan; errors: [] } | { plan: null; errors: RowError[] }> {
  const t = da.peopleImport.errors;
  const errors: RowError[] = [];
  // Danish lower-casing goes through ICU and is slow; a file names the same few units 40,000 times.
  const unitKeys = new Map<string, string>();
  const unitKey = (name: string) => unitKeys.get(name) ?? unitKeys.set(name, name.toLocaleLowerCase("da")).get(name)!;
  const unitsByName = new Map(existing.units.map((unit) => [unitKey(unit.name), unit]));
  const peopleByEmail = new Map(existing.people.map((person) => [person.email, person]));
  const emailById = new Map(existing.people.map((person) => [person.id, person.email]));

  const targets: TargetPerson[] = [];
  for (const row of rows) {
    await pause();
    const unit = unitsByName.get(unitKey(row.unit));
    if (!unit) {
      errors.push({ line: row.line, message: t.unknownUnit(row.unit) });
      continue;
    }
    targets.push({
      line: row.line,
      email: row.email,
      name: row.name,
      jobTitle: row.jobTitle,
      unitId: unit.id,
      unitName: unit.name,
      managerEmail: row.managerEmail,
      roles: row.roles,
    });
  }

  const inFile = new Set(rows.map((row) => row.email));
  const deactivate = existing.people
    .filter((person) => person.active && !inFile.has(person.email))
    .map(({ id, email, name }) => ({ id, email, name }));
  if (deactivate.some((person) => person.id === actorId)) errors.push({ line: 1, message: t.deactivatesYou });
  if (errors.length > 0) return { plan: null, errors: errors.sort((a, b) => a.line - b.line) };

  const create: TargetPerson[] = [];
  const update: ImportPlan["update"] = [];
  let unchanged = 0;
  for (const target of targets) {
    await pause();
    const current = peopleByEmail.get(target.email);
    if (!current) {
      create.push(target);
      continue;
    }
    const changed: ChangedField[] = [];
    if (current.name !== target.name) changed.push("name");
    if (current.jobTitle !== target.jobTitle) changed.push("jobTitle");
    if (current.unitId !== target.unitId) changed.push("unit");
    if ((current.managerId ? emailById.get(current.managerId) : null) !== target.managerEmail) changed.push("manager");
    if (!sameRoles(current.roles, target.roles)) changed.push("roles");
    if (!current.active) changed.push("active");
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
  return { plan: { create, update, deactivate, unchanged, fingerprint }, errors: [] };
}
