import "server-only";
import type { Database } from "@/lib/db-client";

// What the MED committee pages show. A few queries each, whatever the number of committees.

export type CommitteeRow = { id: string; name: string; units: string[]; members: string[] };

/** The municipality's committees with the names of what they cover and who sits on them, and the representatives with no seat. */
export async function loadCommittees(
  database: Database,
  municipalityId: string,
): Promise<{ committees: CommitteeRow[]; unseated: { id: string; name: string }[] }> {
  const [committees, unseated] = await Promise.all([
    database.medCommittee.findMany({
      where: { municipalityId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, units: { select: { unit: { select: { name: true } } } }, members: { select: { personId: true } } },
    }),
    database.person.findMany({
      where: { municipalityId, active: true, roles: { some: { role: "COMMITTEE_MEMBER" } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const memberIds = [...new Set(committees.flatMap((committee) => committee.members.map((member) => member.personId)))];
  const people = await database.person.findMany({ where: { id: { in: memberIds } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const seated = new Set(memberIds);
  return {
    committees: committees.map((committee) => ({
      id: committee.id,
      name: committee.name,
      units: committee.units.map((entry) => entry.unit.name).sort((a, b) => a.localeCompare(b, "da")),
      members: committee.members.map((member) => nameOf.get(member.personId) ?? "").sort((a, b) => a.localeCompare(b, "da")),
    })),
    unseated: unseated.filter((person) => !seated.has(person.id)),
  };
}

export type CommitteeFormData = {
  committee: { id: string; name: string; unitIds: string[]; memberIds: string[] } | null;
  /** Areas (top units) with the units under them, by name. */
  areas: { id: string; name: string; units: { id: string; name: string }[] }[];
  representatives: { id: string; name: string; jobTitle: string | null }[];
};

/** The form's data: the committee (null for a new one, or when it is not the municipality's), the unit tree, the representatives. */
export async function loadCommitteeForm(database: Database, municipalityId: string, committeeId?: string): Promise<CommitteeFormData> {
  const [committee, units, representatives] = await Promise.all([
    committeeId
      ? database.medCommittee.findFirst({
          where: { id: committeeId, municipalityId },
          select: { id: true, name: true, units: { select: { unitId: true } }, members: { select: { personId: true } } },
        })
      : null,
    database.unit.findMany({ where: { municipalityId }, orderBy: { name: "asc" }, select: { id: true, name: true, parentId: true } }),
    database.person.findMany({
      where: { municipalityId, active: true, roles: { some: { role: "COMMITTEE_MEMBER" } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, jobTitle: true },
    }),
  ]);
  // Every unit under its top unit, however deep the tree.
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const topOf = (id: string): string => {
    let current = id;
    for (let parent = parentOf.get(current); parent; parent = parentOf.get(current)) current = parent;
    return current;
  };
  const areas = units
    .filter((unit) => !unit.parentId)
    .map((area) => ({
      id: area.id,
      name: area.name,
      units: units.filter((unit) => unit.parentId && topOf(unit.id) === area.id).map(({ id, name }) => ({ id, name })),
    }));
  return {
    committee: committee
      ? {
          id: committee.id,
          name: committee.name,
          unitIds: committee.units.map((entry) => entry.unitId),
          // Only those the form can show (a seat follows the role; see the migration med_membership_follows_role).
          memberIds: committee.members.map((member) => member.personId).filter((id) => representatives.some((person) => person.id === id)),
        }
      : null,
    areas,
    representatives,
  };
}
