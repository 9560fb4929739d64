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

/** Whom to mail: the team, minus those who answered, minus anyone whose processing is restricted. */
export function teamToMail(tx: Reader, leaderId: string, participantId: string) {
  return tx.person.findMany({
    where: { ...teamWhere(leaderId), ...processablePerson, upwardAnswered: { none: { participantId } } },
    select: { name: true, email: true },
  });
}
