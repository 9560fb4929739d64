import "server-only";
import { FormError } from "@/lib/auth/errors";
import { withSqlTransaction, type Database, type Sql } from "@/lib/db-client";
import { anonymisePeople, deletePlans } from "@/lib/domain/retention/erase-parts";
import { inHeldRound, personHeld } from "@/lib/domain/retention/held";
import type { RetentionKind } from "@/lib/domain/retention/kinds";
import { da } from "@/lib/i18n/da";
import { personPlans, previewErasure, type ErasureBlocker, type ErasurePreview } from "./preview";

// Erasing one person's data on request (GDPR art. 17), in one transaction: all of it or none.
//
// Locks, in this order, so nothing is half-erased and nothing waits in a circle:
// - The person's row FOR NO KEY UPDATE first: a second erasure of the same person waits here and then
//   finds the person erased. It does not block a sheet or note save's audit row (that takes only a
//   key-share lock), so a save already under way finishes before its sheet is deleted, not deadlocked.
// - A save that would create the sheet or note anew asks for a share lock on the person
//   (lib/domain/sheets/mutations.ts), so it waits for this transaction and then finds the person
//   anonymised: its write is refused as "not found" instead of bringing the sheet back.
// - The anonymising UPDATE changes the e-mail (a unique key), which takes the full row lock: a legal
//   hold being placed at that moment is waited for, and the hold check after it sees it.

export type ErasureCounts = ErasurePreview["goes"];

const blockerMessage = (blocker: ErasureBlocker, preview: ErasurePreview): string => {
  const t = da.erasure;
  if (blocker === "erased") return t.already;
  if (blocker === "openRounds") return t.blocked.openRounds(preview.openRoundsLed);
  return t.blocked[blocker];
};

const deletedIds = async (sql: Sql, text: string, values: unknown[]) => (await sql<{ id: string }>(text, values)).length;
const participations = `select p.id from "RoundParticipant" p where p."personId" = $1::uuid`;

async function eraseParts(sql: Sql, person: { id: string; email: string | null }): Promise<ErasureCounts> {
  const sheets = await deletedIds(sql, `delete from "PreparationSheet" where "participantId" in (${participations}) returning id`, [
    person.id,
  ]);
  // A paper form kept beside the person's own sheet (lib/domain/sheets/paper.ts) is their sheet text too.
  const paper = await deletedIds(sql, `delete from "PaperSheet" where "participantId" in (${participations}) returning id`, [person.id]);
  const notes = await deletedIds(sql, `delete from "LeaderNote" where "participantId" in (${participations}) returning id`, [person.id]);
  // Plans never signed are drafts; filed ones live on in the personnel folder. A signed plan not yet
  // filed is the only record of what was agreed, so it stays.
  const plans = await sql<{ id: string; signed: boolean; filed: boolean }>(
    `select pl.id, pl.signed, pl.filed from (${personPlans}) pl join "Plan" locked on locked.id = pl.id for update of locked`,
    [person.id],
  );
  const drafts = plans.filter((plan) => !plan.signed).map((plan) => plan.id);
  const filed = plans.filter((plan) => plan.filed).map((plan) => plan.id);
  const draftPlans = await deletePlans(sql, drafts);
  const filedPlans = await deletePlans(sql, filed);
  // As a round's union representative: their comments go (not counted in the erasure's lines, which
  // are about the person's conversations), and they are named on no round any more.
  await sql(`delete from "RoundComment" where "authorId" = $1::uuid`, [person.id]);
  await sql(`update "Round" set "unionRepId" = null, "unionRepMayComment" = false where "unionRepId" = $1::uuid`, [person.id]);
  const { sessions, mail } = await anonymisePeople(sql, [person]);
  return { sheets: sheets + paper, notes, draftPlans, filedPlans, sessions, mail };
}

/** What the deletion log shows for the erasure, per retention kind (the log's own categories). */
function logLines(counts: ErasureCounts): [RetentionKind, number][] {
  const lines: [RetentionKind, number][] = [
    ["SHEET_TEXTS", counts.sheets + counts.notes],
    ["PLAN_DRAFTS", counts.draftPlans],
    ["SIGNED_PLANS", counts.filedPlans],
    ["DEACTIVATED_PEOPLE", 1],
    ["MAIL", counts.mail],
    ["SESSIONS", counts.sessions],
  ];
  return lines.filter(([, count]) => count > 0);
}

async function record(sql: Sql, args: { municipalityId: string; personId: string; actorId: string; counts: ErasureCounts }) {
  const [run] = await sql<{ id: string; startedAt: Date }>(
    `insert into "DeletionRun" (id, "municipalityId", trigger, "actorId", "startedAt", "finishedAt")
     values (gen_random_uuid(), $1::uuid, 'erasure', $2::uuid, now(), now()) returning id, "startedAt"`,
    [args.municipalityId, args.actorId],
  );
  // No period applies (months 0): the run's own moment stands as the cutoff.
  for (const [kind, count] of logLines(args.counts))
    await sql(`insert into "DeletionCount" ("runId", kind, months, cutoff, count) values ($1::uuid, $2::"RetentionKind", 0, $3, $4)`, [
      run.id,
      kind,
      run.startedAt,
      count,
    ]);
  // Counts only, never content: the audit log outlives the data.
  await sql(
    `insert into "AuditEvent" ("actorId", action, "resourceKind", "resourceId", "subjectId", purpose, details)
     values ($1::uuid, 'person.erase', 'person', $2::text, $3::uuid, 'erasureRequest', $4::jsonb)`,
    [args.actorId, args.personId, args.personId, JSON.stringify({ runId: run.id, ...args.counts })],
  );
  return run.id;
}

export async function erasePerson(
  database: Database,
  { municipalityId, personId, actorId }: { municipalityId: string; personId: string; actorId: string },
): Promise<{ counts: ErasureCounts; runId: string }> {
  return withSqlTransaction(database, async (sql) => {
    const [person] = await sql<{ id: string; email: string | null }>(
      `select id, email from "Person" where id = $1::uuid and "municipalityId" = $2::uuid for no key update`,
      [personId, municipalityId],
    );
    if (!person) throw new FormError(da.errors.notFound);
    // Counted again now, under the lock: the administrator's preview may be stale.
    const preview = (await previewErasure(sql, municipalityId, personId))!;
    const [blocker] = preview.blockers;
    if (blocker) throw new FormError(blockerMessage(blocker, preview));
    const counts = await eraseParts(sql, person);
    // A hold placed while this ran (its insert waited for the anonymising update, or committed just
    // before it): nothing is erased after all.
    const [{ held, roundHeld }] = await sql<{ held: boolean; roundHeld: boolean }>(
      `select ${personHeld("$1::uuid")} as held, ${inHeldRound("$1::uuid")} as "roundHeld"`,
      [personId],
    );
    if (held) throw new FormError(da.erasure.blocked.held);
    if (roundHeld) throw new FormError(da.erasure.blocked.roundHeld);
    const runId = await record(sql, { municipalityId, personId, actorId, counts });
    return { counts, runId };
  });
}
