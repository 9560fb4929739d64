import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database, Transaction } from "@/lib/db-client";
import { refuseIfRestricted } from "@/lib/domain/restriction/processing";
import { refuseFormerLeader } from "@/lib/domain/rounds/handover/data";
import type { RoundState } from "@/lib/domain/rounds/state-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { participantContext } from "./context";
import { applyChanges, partitionChanges, type FieldChange, type FieldMap, type SaveOutcome } from "./fields";
import { sheetFieldError } from "./schema";
import { readFieldMap, readRevisionMap } from "./stored-fields";

// The leader types in an employee's paper form (Skema 1 on paper: someone without e-mail or a
// computer, or who simply preferred paper). Where it is stored:
// - the employee has no sheet of their own yet (none, or an untouched draft): the paper form becomes
//   their sheet, shared with the leader (it was handed over), marked as registered by the leader;
//   from then on it is counted, shown and printed like any shared sheet, with that mark;
// - the employee has begun their own sheet in the app: the paper form is kept beside it
//   (PaperSheet), never merged into it, and the leader sees the two side by side.
// The leader's page says which; a save names the target it was loaded with, and if the employee began
// their own sheet meanwhile, the save is refused with a message (the leader's text stays in the browser).
// A registered sheet the employee takes back becomes their own draft, and what the paper said is kept
// beside it as a PaperSheet (mutations.ts, setSheetSubmitted). Typing in ends when the plan is signed.

export type PaperTarget = "sheet" | "paper";

type SheetRow = { state: "DRAFT" | "SUBMITTED"; fields: unknown; registeredById: string | null } | null;

const hasContent = (fields: FieldMap) => Object.values(fields).some((value) => value !== null && value !== "");

/** Where a paper registration for this participant goes (see above). */
export function paperTarget(sheet: SheetRow, paperExists: boolean): PaperTarget {
  if (paperExists) return "paper";
  if (!sheet || sheet.registeredById !== null) return "sheet";
  return sheet.state === "DRAFT" && !hasContent(readFieldMap(sheet.fields)) ? "sheet" : "paper";
}

/** The round's phases in which a paper form can be typed in: from publishing until the wrap-up (or a catch-up). */
export function paperOpen(state: RoundState, catchUpAt: Date | null): boolean {
  return state === "PREPARATION" || state === "CONVERSATIONS" || (catchUpAt !== null && state !== "CLOSED");
}

type Locked = {
  id: string;
  fields: unknown;
  revisions: unknown;
  state: "DRAFT" | "SUBMITTED";
  registeredById: string | null;
  submittedAt: Date | null;
};

async function lockTarget(tx: Transaction, participantId: string, target: PaperTarget, actorId: string): Promise<Locked> {
  const select = () =>
    target === "sheet"
      ? tx.$queryRaw<Locked[]>`
          select id, fields, revisions, state::text as state, "registeredById", "submittedAt"
          from "PreparationSheet" where "participantId" = ${participantId}::uuid for update`
      : tx.$queryRaw<Locked[]>`
          select id, fields, revisions, 'SUBMITTED' as state, "registeredById", null::timestamp as "submittedAt"
          from "PaperSheet" where "participantId" = ${participantId}::uuid for update`;
  const [existing] = await select();
  if (existing) return existing;
  // Created on first use, and only for someone not erased (the share lock on the person is held).
  if (target === "sheet")
    await tx.$executeRaw`
      insert into "PreparationSheet" (id, "participantId", "updatedAt") select gen_random_uuid(), p.id, now()
      from "RoundParticipant" p join "Person" person on person.id = p."personId"
      where p.id = ${participantId}::uuid and person."anonymisedAt" is null on conflict ("participantId") do nothing`;
  else
    await tx.$executeRaw`
      insert into "PaperSheet" (id, "participantId", "registeredById", "updatedAt") select gen_random_uuid(), p.id, ${actorId}::uuid, now()
      from "RoundParticipant" p join "Person" person on person.id = p."personId"
      where p.id = ${participantId}::uuid and person."anonymisedAt" is null on conflict ("participantId") do nothing`;
  const [created] = await select();
  if (!created) throw new FormError(da.errors.notFound);
  return created;
}

/** Stores the changed fields of a paper form being typed in (autosave, the sheet's field rules). */
export async function savePaperChanges(
  database: Database,
  actor: Actor,
  input: { participantId: string; target: PaperTarget; changes: FieldChange[] },
): Promise<SaveOutcome> {
  return database.$transaction(async (tx) => {
    // The round's row for share: a handover waits for this save, or this save sees the new leader.
    const [round] = await tx.$queryRaw<{ id: string; leaderId: string }[]>`
      select r.id, r."leaderId" from "Round" r join "RoundParticipant" p on p."roundId" = r.id where p.id = ${input.participantId}::uuid for share of r`;
    if (!round) throw new AccessDenied();
    if (round.leaderId !== actor.id) await refuseFormerLeader(tx, round.id, actor.id);
    const context = await participantContext(tx, input.participantId);
    if (!context) throw new AccessDenied();
    authorize(actor, "update", { kind: "paperRegistration", leaderId: context.round.leaderId });
    // Moved to a new leader's round mid-round (lib/domain/rounds/manager-change/): no longer this leader's.
    if (context.moved) throw new AccessDenied();
    if (!paperOpen(context.round.state, context.catchUpAt)) throw new FormError(da.paper.registration.errors.notOpen);
    refuseIfRestricted(context.restricted);

    const [sheet] = await tx.$queryRaw<NonNullable<SheetRow>[]>`
      select state::text as state, fields, "registeredById" from "PreparationSheet" where "participantId" = ${input.participantId}::uuid for update`;
    const paperExists = (await tx.paperSheet.count({ where: { participantId: input.participantId } })) > 0;
    const target = paperTarget(sheet ?? null, paperExists);
    if (target !== input.target) throw new FormError(da.paper.registration.errors.ownSheetBegun);

    // Nothing more is typed in once the plan of this conversation is signed: the sheet is what it was.
    const signed = await tx.planVersion.count({ where: { plan: { participantId: input.participantId }, signedAt: { not: null } } });
    if (signed > 0) throw new FormError(da.paper.registration.errors.planSigned);

    const [questions, layout] = await Promise.all([
      tx.roundQuestion.findMany({ where: { groupId: context.groupId }, select: { id: true } }),
      tx.round.findUniqueOrThrow({ where: { id: context.round.id }, select: { hasScores: true, answerLayout: true } }),
    ]);
    // The round's own sheet (lib/domain/sheets/layout.ts): a paper form has the fields the sheet has.
    const shape = { questionIds: new Set(questions.map((question) => question.id)), layout };
    const { valid, refused } = partitionChanges(input.changes, (change) => sheetFieldError(change.key, change.value, shape));
    if (valid.length === 0) return { saved: {}, conflicts: [], refused };
    const locked = await lockTarget(tx, input.participantId, target, actor.id);
    // The employee's first save may have made the row between the read above and this lock: look again.
    if (target === "sheet" && paperTarget(locked, false) !== "sheet") throw new FormError(da.paper.registration.errors.ownSheetBegun);
    const applied = applyChanges(readFieldMap(locked.fields), readRevisionMap(locked.revisions), valid);
    const data = { fields: applied.fields as Prisma.InputJsonValue, revisions: applied.revisions as Prisma.InputJsonValue };
    if (target === "sheet") {
      // The paper was handed to the leader: the sheet stands shared from its first registered field.
      // The mark names the leader who began typing it in (a later leader's saves keep it).
      await tx.preparationSheet.update({
        where: { id: locked.id },
        data: {
          ...data,
          state: "SUBMITTED",
          submittedAt: locked.submittedAt ?? new Date(),
          registeredById: locked.registeredById ?? actor.id,
        },
      });
    } else {
      await tx.paperSheet.update({ where: { id: locked.id }, data });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sheet.registerPaper",
      resourceKind: target === "sheet" ? "preparationSheet" : "paperSheet",
      resourceId: locked.id,
      subjectId: context.personId,
      purpose: "preparation",
      details: { fields: valid.length },
    });
    return { saved: applied.saved, conflicts: applied.conflicts, refused };
  });
}
