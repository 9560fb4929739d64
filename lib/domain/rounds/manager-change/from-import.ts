import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { ImportPlan } from "@/lib/domain/people/import/plan";
import type { LeaderChange } from "./data";

// The people import's changes of leader, as the manager-change rule reads them: everyone the plan
// updates with a changed manager. Before the import, a leader the file creates has no id yet (the
// preview names them from the file); inside it, `ids` gives every row's id.

export async function leaderChangesOfImport(
  database: Database | Transaction,
  plan: ImportPlan,
  ids?: Map<string, string>,
): Promise<LeaderChange[]> {
  const changed = plan.update.filter((person) => person.changed.includes("manager"));
  if (changed.length === 0) return [];
  const idOf = (key: string) => ids?.get(key) ?? plan.idOfKey.get(key) ?? null;
  const known = [...new Set(changed.flatMap((person) => (person.managerKey && idOf(person.managerKey) ? [idOf(person.managerKey)!] : [])))];
  const names = new Map(
    (await database.person.findMany({ where: { id: { in: known } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]),
  );
  const fileNames = new Map([...plan.create, ...plan.update].map((person) => [person.key, person.name]));
  return changed.map((person) => {
    if (!person.managerKey) return { personId: person.id, toLeader: null };
    const id = idOf(person.managerKey);
    const name = (id ? names.get(id) : undefined) ?? fileNames.get(person.managerKey) ?? person.managerKey;
    return { personId: person.id, toLeader: { id, name } };
  });
}
