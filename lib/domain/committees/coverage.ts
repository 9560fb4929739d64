import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import { sqlOn, type Database } from "@/lib/db-client";

// Which rounds a MED representative reads: those of the units their committees cover, each with
// every unit below it in the tree. Units belong to one municipality, so a representative never
// reads another municipality's rounds. One recursive query, however deep the tree.

/** The units covered by the committees the person sits on, as SQL taking the person as $1. */
export const coveredUnitsSql = `
  with recursive covered(id) as (
    select cu."unitId" from "MedCommitteeUnit" cu join "MedCommitteeMember" m on m."committeeId" = cu."committeeId"
    where m."personId" = $1::uuid
    union
    select u.id from "Unit" u join covered c on u."parentId" = c.id
  )
  select id from covered`;

/** The ids of the units the person's committees cover (empty for someone on no committee). */
export async function coveredUnitIds(database: Database, personId: string): Promise<string[]> {
  return (await sqlOn(database)<{ id: string }>(coveredUnitsSql, [personId])).map((row) => row.id);
}

/** Whether the person's committees cover the unit. */
export async function committeeCovers(database: Database, personId: string, unitId: string): Promise<boolean> {
  const [row] = await sqlOn(database)<{ covers: boolean }>(`select $2::uuid in (${coveredUnitsSql}) as covers`, [personId, unitId]);
  return row?.covers ?? false;
}

/**
 * What the policy's `committeeCovers` needs for a round in `unitId`: asked of the database only for
 * a MED representative (anyone else gets false without a query).
 */
export async function committeeCoversFor(database: Database, actor: Actor, unitId: string): Promise<boolean> {
  if (!can(actor, "read", { kind: "committeeRounds" })) return false;
  return committeeCovers(database, actor.id, unitId);
}
