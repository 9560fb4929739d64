import "server-only";
import { db } from "@/lib/db";

export async function loadAdminOverview(municipalityId: string) {
  const [active, inactive, areas, units] = await Promise.all([
    db().person.count({ where: { municipalityId, active: true } }),
    db().person.count({ where: { municipalityId, active: false } }),
    db().unit.count({ where: { municipalityId, kind: "AREA" } }),
    db().unit.count({ where: { municipalityId, kind: "UNIT" } }),
  ]);
  return { active, inactive, areas, units };
}
