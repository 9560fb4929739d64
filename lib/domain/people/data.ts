import "server-only";
import type { Database } from "@/lib/db-client";
import type { ExistingPerson, ExistingUnit } from "./import/plan";

type Reader = Pick<Database, "person" | "unit" | "municipality">;

export async function loadMunicipalityId(database: Reader): Promise<string | null> {
  const municipality = await database.municipality.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  return municipality?.id ?? null;
}

/** Everyone and every unit of the municipality, in two queries, as an import compares against them. */
export async function loadImportBaseline(database: Reader, municipalityId: string): Promise<{ people: ExistingPerson[]; units: ExistingUnit[] }> {
  const [people, units] = await Promise.all([
    database.person.findMany({
      where: { municipalityId },
      select: { id: true, email: true, name: true, jobTitle: true, unitId: true, managerId: true, active: true, roles: { select: { role: true } } },
    }),
    database.unit.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
  ]);
  return { people: people.map((person) => ({ ...person, roles: person.roles.map((assignment) => assignment.role) })), units };
}
