import "server-only";
import type { StoredRole } from "@/lib/access/policy";
import type { RoundState } from "@/lib/domain/rounds/state-machine";
import type { Database } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { demoEmails } from "@/prisma/seed/demo-organisation";

export type DemoGroup = StoredRole | "LEADERS_LEADER" | "LEADER" | "EMPLOYEE";
/** `roles`: every group the person belongs to, the one they are listed under first. */
/** `shows`: what the person will find, in a sentence or two ("Leder med en MUS-runde i samtalefasen"), or "". */
export type DemoPerson = { name: string; email: string; jobTitle: string | null; unit: string | null; roles: DemoGroup[]; shows: string };

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
      roundsLed: { orderBy: [{ year: "desc" }, { kind: "asc" }], select: { kind: true, state: true, year: true } },
      roundsJoined: {
        where: { round: { state: { not: "CLOSED" } } },
        select: {
          round: { select: { kind: true, state: true, year: true } },
          sheet: { select: { state: true } },
          plan: { select: { lastSeq: true, versions: { where: { signedAt: { not: null } }, take: 1, select: { id: true } } } },
        },
      },
    },
  });
  const unfiled = people.some((person) => person.roles.some(({ role }) => role === "HR"))
    ? await database.planVersion.count({ where: { latestSigned: true, filedAt: null, municipalityId: { not: null } } })
    : 0;
  const groups = new Map<DemoGroup, DemoPerson[]>(groupOrder.map((group) => [group, []]));
  for (const person of people) {
    if (!person.email) continue; // every demo person has an address (the query asks for one)
    const leadsLeaders = person.reports.some((report) => report._count.reports > 0);
    const derived: DemoGroup = leadsLeaders ? "LEADERS_LEADER" : person.reports.length > 0 ? "LEADER" : "EMPLOYEE";
    const held = new Set<DemoGroup>([...person.roles.map(({ role }) => role), derived]);
    const roles = groupOrder.filter((group) => held.has(group));
    groups.get(roles[0])!.push({
      name: person.name,
      email: person.email,
      jobTitle: person.jobTitle,
      unit: person.unit?.name ?? null,
      roles,
      shows: demoShows(person, held.has("HR") ? unfiled : 0),
    });
  }
  return groupOrder.map((group) => ({ group, people: groups.get(group)! })).filter(({ people }) => people.length > 0);
}

type DemoFacts = {
  roundsLed: { kind: "MUS" | "LUS"; state: RoundState; year: number }[];
  roundsJoined: {
    round: { kind: "MUS" | "LUS"; state: RoundState; year: number };
    sheet: { state: "DRAFT" | "SUBMITTED" } | null;
    plan: { lastSeq: bigint; versions: { id: string }[] } | null;
  }[];
};

/** The sentence under a demo person's button: the rounds they lead and take part in, and HR's waiting plans. */
function demoShows(person: DemoFacts, waitingForHr: number): string {
  const t = da.auth.signIn.demoShows;
  const sentences: string[] = [];
  if (person.roundsLed.length > 0) sentences.push(t.leads(person.roundsLed.map((round) => t.round(round.kind, round.state, round.year))));
  if (person.roundsJoined.length > 0) {
    sentences.push(
      t.takesPart(
        person.roundsJoined.map(({ round, sheet, plan }) => {
          const progress = plan?.versions.length
            ? t.planSigned
            : plan && plan.lastSeq > 0n
              ? t.planStarted
              : sheet?.state === "SUBMITTED"
                ? t.sheetShared
                : null;
          return `${t.round(round.kind, round.state, round.year)}${progress ? ` (${progress})` : ""}`;
        }),
      ),
    );
  }
  if (waitingForHr > 0) sentences.push(t.waitingForHr(waitingForHr));
  return sentences.map((sentence) => `${sentence}.`).join(" ");
}
