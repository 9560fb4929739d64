import "server-only";
import type { StoredRole } from "@/lib/access/policy";
import { db } from "@/lib/db";

export type DemoGroup = StoredRole | "LEADERS_LEADER" | "LEADER" | "EMPLOYEE";
export type DemoPerson = { name: string; email: string; jobTitle: string | null; unit: string | null };

const groupOrder: DemoGroup[] = ["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER", "LEADERS_LEADER", "LEADER", "EMPLOYEE"];

/**
 * Everyone who can sign in, grouped by what they can do, for the demo sign-in page only.
 * "Leader" and "leader's leader" follow from the manager tree, not from stored roles.
 */
export async function loadDemoDirectory(): Promise<{ group: DemoGroup; people: DemoPerson[] }[]> {
  const people = await db().person.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: {
      name: true,
      email: true,
      jobTitle: true,
      unit: { select: { name: true } },
      roles: { select: { role: true } },
      reports: { where: { active: true }, select: { _count: { select: { reports: { where: { active: true } } } } } },
    },
  });
  const groups = new Map<DemoGroup, DemoPerson[]>(groupOrder.map((group) => [group, []]));
  for (const person of people) {
    const entry = { name: person.name, email: person.email, jobTitle: person.jobTitle, unit: person.unit?.name ?? null };
    for (const { role } of person.roles) groups.get(role)!.push(entry);
    const leadsLeaders = person.reports.some((report) => report._count.reports > 0);
    const derived: DemoGroup = leadsLeaders ? "LEADERS_LEADER" : person.reports.length > 0 ? "LEADER" : "EMPLOYEE";
    groups.get(derived)!.push(entry);
  }
  return groupOrder.map((group) => ({ group, people: groups.get(group)! })).filter(({ people }) => people.length > 0);
}
