import "server-only";
import { db } from "@/lib/db";

export type UnitNode = { id: string; name: string; kind: "AREA" | "UNIT"; parentId: string | null; updatedAt: Date; people: number; children: UnitNode[] };

/** The unit tree with head counts, in one query. */
export async function loadUnitTree(municipalityId: string): Promise<UnitNode[]> {
  const units = await db().unit.findMany({
    where: { municipalityId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, parentId: true, updatedAt: true, _count: { select: { people: { where: { active: true } } } } },
  });
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.id, { ...unit, people: unit._count.people, children: [] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export async function loadAdminOverview(municipalityId: string) {
  const [active, inactive, areas, units] = await Promise.all([
    db().person.count({ where: { municipalityId, active: true } }),
    db().person.count({ where: { municipalityId, active: false } }),
    db().unit.count({ where: { municipalityId, kind: "AREA" } }),
    db().unit.count({ where: { municipalityId, kind: "UNIT" } }),
  ]);
  return { active, inactive, areas, units };
}

export function flattenTree(nodes: UnitNode[]): UnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}
