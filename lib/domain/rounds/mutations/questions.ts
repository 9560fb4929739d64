import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import type { questionSetSchema } from "../schema";
import { changeRound, type RoundChange } from "./planned-round";

const e = da.rounds.errors;

async function groupOf(tx: Transaction, roundId: string, groupId: string) {
  const group = await tx.roundGroup.findFirst({ where: { id: groupId, roundId }, select: { id: true, name: true } });
  if (!group) throw new FormError(e.unknownGroup);
  return group;
}

/** Replaces one group's questions (all themes) with the edited set: order, wording, priority. */
export async function saveGroupQuestions(
  database: Database,
  change: RoundChange,
  groupId: string,
  values: z.output<typeof questionSetSchema>,
) {
  return changeRound(database, change, "editKickoff", async (tx, round) => {
    await groupOf(tx, round.id, groupId);
    const themeIds = new Set(
      (await tx.roundTheme.findMany({ where: { roundId: round.id }, select: { id: true } })).map((theme) => theme.id),
    );
    if (values.questions.some((question) => !themeIds.has(question.themeId))) throw new FormError(da.errors.notFound);
    await tx.roundQuestion.deleteMany({ where: { groupId } });
    const positions = new Map<string, number>();
    await tx.roundQuestion.createMany({
      data: values.questions.map((question) => {
        const position = positions.get(question.themeId) ?? 0;
        positions.set(question.themeId, position + 1);
        return { groupId, themeId: question.themeId, position, text: question.text, prioritised: question.prioritised };
      }),
    });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.questions",
      resourceKind: "roundGroup",
      resourceId: groupId,
      purpose: "planning",
    });
    return {};
  });
}

const nameTaken = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** A new group, starting with a copy of another group's questions. */
export async function addGroup(database: Database, change: RoundChange, copyFromGroupId: string, name: string) {
  try {
    return await changeRound(database, change, "editKickoff", async (tx, round) => {
      await groupOf(tx, round.id, copyFromGroupId);
      const position = await tx.roundGroup.count({ where: { roundId: round.id } });
      const group = await tx.roundGroup.create({ data: { roundId: round.id, name, position }, select: { id: true } });
      await tx.$executeRaw`
        insert into "RoundQuestion" (id, "themeId", "groupId", position, text, prioritised)
        select gen_random_uuid(), "themeId", ${group.id}::uuid, position, text, prioritised
        from "RoundQuestion" where "groupId" = ${copyFromGroupId}::uuid`;
      await recordAudit(tx, {
        actorId: change.actor.id,
        action: "round.groups",
        resourceKind: "roundGroup",
        resourceId: group.id,
        purpose: "planning",
      });
      return { groupId: group.id };
    });
  } catch (error) {
    if (nameTaken(error)) throw new FieldError("values.name", e.groupNameTaken);
    throw error;
  }
}

export async function renameGroup(database: Database, change: RoundChange, groupId: string, name: string) {
  try {
    return await changeRound(database, change, "editKickoff", async (tx, round) => {
      await groupOf(tx, round.id, groupId);
      await tx.roundGroup.update({ where: { id: groupId }, data: { name } });
      await recordAudit(tx, {
        actorId: change.actor.id,
        action: "round.groups",
        resourceKind: "roundGroup",
        resourceId: groupId,
        purpose: "planning",
      });
      return {};
    });
  } catch (error) {
    if (nameTaken(error)) throw new FieldError("values.name", e.groupNameTaken);
    throw error;
  }
}

export async function removeGroup(database: Database, change: RoundChange, groupId: string) {
  return changeRound(database, change, "editKickoff", async (tx, round) => {
    await groupOf(tx, round.id, groupId);
    if ((await tx.roundGroup.count({ where: { roundId: round.id } })) <= 1) throw new FormError(e.lastGroup);
    if ((await tx.roundParticipant.count({ where: { groupId } })) > 0) throw new FormError(e.groupHasParticipants);
    await tx.roundGroup.delete({ where: { id: groupId } });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.groups",
      resourceKind: "roundGroup",
      resourceId: groupId,
      purpose: "planning",
    });
    return {};
  });
}
