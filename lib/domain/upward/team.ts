import "server-only";
import type { Transaction } from "@/lib/db-client";
import { processablePerson } from "@/lib/domain/restriction/processing";

// "A leader's own employees": the active people whose leader (Person.managerId) is that leader,
// never the leader themselves. The database refuses a person as their own manager
// (Person_not_own_manager), but the exclusion is stated here too, so a messy import or a later
// change of that rule can never put a leader in their own questionnaire's team or count.

type Reader = Pick<Transaction, "person">;

export const teamWhere = (leaderId: string) => ({ managerId: leaderId, id: { not: leaderId }, active: true });

export function teamSize(tx: Reader, leaderId: string): Promise<number> {
  return tx.person.count({ where: teamWhere(leaderId) });
}

/** The team's sizes, one query for many leaders (the planning panel, the reminders). */
export async function teamSizes(tx: Reader, leaderIds: string[]): Promise<Map<string, number>> {
  const rows = await tx.person.groupBy({
    by: ["managerId"],
    // A row managing itself cannot be told apart per group here; the database refuses such a row.
    where: { managerId: { in: leaderIds }, active: true },
    _count: { _all: true },
  });
  const sizes = new Map(leaderIds.map((id) => [id, 0]));
  for (const row of rows) if (row.managerId) sizes.set(row.managerId, row._count._all);
  return sizes;
}

/**
 * Whom to mail, per participating leader: their team, minus those who answered about them, minus
 * anyone whose processing is restricted. Two queries for any number of teams.
 */
export async function teamsToMail(
  tx: Pick<Transaction, "person" | "upwardRespondent">,
  teams: { participantId: string; leaderId: string }[],
): Promise<Map<string, { name: string; email: string | null }[]>> {
  const leaderIds = teams.map((team) => team.leaderId);
  const [people, answered] = await Promise.all([
    tx.person.findMany({
      where: { managerId: { in: leaderIds }, active: true, ...processablePerson },
      select: { id: true, managerId: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
    tx.upwardRespondent.findMany({
      where: { participantId: { in: teams.map((team) => team.participantId) } },
      select: { participantId: true, personId: true },
    }),
  ]);
  const done = new Set(answered.map((row) => `${row.participantId}|${row.personId}`));
  return new Map(
    teams.map((team) => [
      team.participantId,
      people
        .filter(
          (person) => person.managerId === team.leaderId && person.id !== team.leaderId && !done.has(`${team.participantId}|${person.id}`),
        )
        .map(({ name, email }) => ({ name, email })),
    ]),
  );
}
