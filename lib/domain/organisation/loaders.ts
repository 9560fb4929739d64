import "server-only";
import { db } from "@/lib/db";

export type OrganisationSummary = { name: string; units: number; people: number };

/** The municipality's name and head counts; no one's personal data, so the start page may show it. */
export async function loadOrganisationSummary(): Promise<OrganisationSummary | null> {
  const municipality = await db().municipality.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      name: true,
      _count: { select: { units: { where: { kind: "UNIT" } }, people: { where: { active: true } } } },
    },
  });
  if (!municipality) return null;
  return { name: municipality.name, units: municipality._count.units, people: municipality._count.people };
}
