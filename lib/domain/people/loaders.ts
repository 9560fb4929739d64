import "server-only";
import type { StoredRole } from "@/lib/access/policy";
import type { Database } from "@/lib/db-client";
import { demoEmails } from "@/prisma/seed/demo-organisation";

export type DemoGroup = StoredRole | "LEADERS_LEADER" | "LEADER" | "EMPLOYEE";
/** `roles`: every group the person belongs to, the one they are listed under first. */
export type DemoPerson = { name: string; email: string; jobTitle: string | null; unit: string | null; roles: DemoGroup[] };

const groupOrder: DemoGroup[] = ["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER", "LEADERS_LEADER", "LEADER", "EMPLOYEE"];

/**
 * Everyone who can sign in, grouped by what they can do, for the demo sign-in page only.
 * "Leader" and "leader's leader" follow from the manager tree, not from stored roles. Each person
 * is listed once, under the first of their groups in the order above (the HR consultant is also
 * an employee with a MUS of her own: listed under HR, with both roles on the button), so the page
 * never offers the same person twice. Only the seeded demo people are listed: anyone else in the
 * database is real, and their name, title and unit are nobody's business on a public page.
 */
export async function loadDemoDirectory(database: Database): Promise<{ group: DemoGroup; people: DemoPerson[] }[]> {
  const people = await database.person.findMany({
    where: { active: true, email: { in: [...demoEmails] } },
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
    const leadsLeaders = person.reports.some((report) => report._count.reports > 0);
    const derived: DemoGroup = leadsLeaders ? "LEADERS_LEADER" : person.reports.length > 0 ? "LEADER" : "EMPLOYEE";
    const held = new Set<DemoGroup>([...person.roles.map(({ role }) => role), derived]);
    const roles = groupOrder.filter((group) => held.has(group));
    groups.get(roles[0])!.push({ name: person.name, email: person.email, jobTitle: person.jobTitle, unit: person.unit?.name ?? null, roles });
  }
  return groupOrder.map((group) => ({ group, people: groups.get(group)! })).filter(({ people }) => people.length > 0);
}
