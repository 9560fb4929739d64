import { createHash } from "node:crypto";
import { da } from "@/lib/i18n/da";
import { nameKey, type FileCommittee, type RowError } from "./read-rows";

// What importing the file would do, given what the municipality holds: every unit and member
// resolved (by unit name; by e-mail, or else employee number), every line that cannot be named
// reported, and each committee marked as new, changed or unchanged. Pure given the baseline.

export type BaselinePerson = {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  active: boolean;
  representative: boolean;
};

export type CommitteeBaseline = {
  units: { id: string; name: string }[];
  people: BaselinePerson[];
  committees: { id: string; name: string; unitIds: string[]; memberIds: string[] }[];
};

export type PlannedCommittee = {
  line: number;
  name: string;
  /** The existing committee's id; null for a new one. */
  id: string | null;
  change: "create" | "update" | "unchanged";
  unitIds: string[];
  memberIds: string[];
  units: string[];
  members: string[];
};

export type CommitteePlan = { committees: PlannedCommittee[]; fingerprint: string };

const t = da.committeeImport.errors;
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** A member is named by e-mail when the value holds an @, otherwise by employee number. */
export const isEmail = (value: string) => value.includes("@");

export function planCommitteeImport(
  file: FileCommittee[],
  baseline: CommitteeBaseline,
): { plan: CommitteePlan | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const unitByName = new Map(baseline.units.map((unit) => [nameKey(unit.name), unit]));
  const personByEmail = new Map(baseline.people.filter((person) => person.email).map((person) => [person.email!, person]));
  const personByNumber = new Map(
    baseline.people.filter((person) => person.employeeNumber).map((person) => [person.employeeNumber!, person]),
  );
  const existing = new Map(baseline.committees.map((committee) => [nameKey(committee.name), committee]));

  const committees = file.map((committee): PlannedCommittee => {
    const units = new Map<string, string>();
    for (const reference of committee.units) {
      const unit = unitByName.get(nameKey(reference.value));
      if (unit) units.set(unit.id, unit.name);
      else errors.push({ line: reference.line, message: t.unknownUnit(reference.value) });
    }
    const members = new Map<string, string>();
    for (const reference of committee.members) {
      const person = isEmail(reference.value) ? personByEmail.get(reference.value.toLowerCase()) : personByNumber.get(reference.value);
      if (!person) errors.push({ line: reference.line, message: t.unknownPerson(reference.value) });
      else if (!person.active) errors.push({ line: reference.line, message: t.inactive(person.name, reference.value) });
      else if (!person.representative) errors.push({ line: reference.line, message: t.notRepresentative(person.name, reference.value) });
      else members.set(person.id, person.name);
    }
    const before = existing.get(nameKey(committee.name));
    const unitIds = [...units.keys()].sort();
    const memberIds = [...members.keys()].sort();
    const change = !before
      ? "create"
      : before.name === committee.name && sameSet(before.unitIds, unitIds) && sameSet(before.memberIds, memberIds)
        ? "unchanged"
        : "update";
    const byName = (a: string, b: string) => a.localeCompare(b, "da");
    return {
      line: committee.line,
      name: committee.name,
      id: before?.id ?? null,
      change,
      unitIds,
      memberIds,
      units: [...units.values()].sort(byName),
      members: [...members.values()].sort(byName),
    };
  });
  if (errors.length > 0) return { plan: null, errors: errors.sort((a, b) => a.line - b.line) };
  // What the administrator approved: the same file against the same registrations gives the same print.
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(committees.map(({ name, id, change, unitIds, memberIds }) => [name, id, change, unitIds, memberIds])))
    .digest("hex");
  return { plan: { committees, fingerprint }, errors: [] };
}
