import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import { decodeCsv } from "@/lib/domain/people/import/decode";
import { parseCsv } from "@/lib/domain/people/import/parse-csv";
import { isEmail, planCommitteeImport, type CommitteeBaseline, type CommitteePlan } from "./plan";
import { readCommitteeRows, type FileCommittee, type RowError } from "./read-rows";

// From the file's bytes to what the import would do, writing nothing. The CSV is decoded and
// parsed as the people import does it (the same encodings, separators and quoting).

/** lineErrors: lines that could not be read, reported with what the plan finds in the others. */
export type CommitteeFile = { committees: FileCommittee[]; lineErrors: RowError[] };
export type CommitteePreview = { ok: true; plan: CommitteePlan } | { ok: false; errors: RowError[] };

export async function readCommitteeFile(bytes: Uint8Array): Promise<CommitteeFile> {
  const { text } = decodeCsv(bytes);
  // A file without a readable header, or with an unclosed quote, comes back with no committees and its one error.
  const { committees, errors } = readCommitteeRows(await parseCsv(text));
  return { committees, lineErrors: errors };
}

/** What the plan needs of the municipality: its units, the people the file names, its committees. */
export async function loadCommitteeBaseline(
  database: Database | Transaction,
  municipalityId: string,
  file: FileCommittee[],
): Promise<CommitteeBaseline> {
  const references = file.flatMap((committee) => committee.members.map((member) => member.value));
  const emails = references.filter(isEmail).map((value) => value.toLowerCase());
  const numbers = references.filter((value) => !isEmail(value));
  const [units, people, committees] = await Promise.all([
    database.unit.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
    database.person.findMany({
      where: { municipalityId, OR: [{ email: { in: emails } }, { employeeNumber: { in: numbers } }] },
      select: {
        id: true,
        name: true,
        email: true,
        employeeNumber: true,
        active: true,
        roles: { where: { role: "COMMITTEE_MEMBER" }, select: { role: true } },
      },
    }),
    database.medCommittee.findMany({
      where: { municipalityId },
      select: { id: true, name: true, units: { select: { unitId: true } }, members: { select: { personId: true } } },
    }),
  ]);
  return {
    units,
    people: people.map(({ roles, ...person }) => ({ ...person, representative: roles.length > 0 })),
    committees: committees.map((committee) => ({
      id: committee.id,
      name: committee.name,
      unitIds: committee.units.map((unit) => unit.unitId),
      memberIds: committee.members.map((member) => member.personId),
    })),
  };
}

export async function previewCommitteeImport(database: Database, bytes: Uint8Array, municipalityId: string): Promise<CommitteePreview> {
  const file = await readCommitteeFile(bytes);
  const { plan, errors } = planCommitteeImport(file.committees, await loadCommitteeBaseline(database, municipalityId, file.committees));
  if (plan && file.lineErrors.length === 0) return { ok: true, plan };
  return { ok: false, errors: [...file.lineErrors, ...errors].sort((a, b) => a.line - b.line) };
}
