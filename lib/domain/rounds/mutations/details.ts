import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import type { z } from "zod";
import type { kickoffSchema, roundDetailsSchema } from "../schema";
import { FieldError } from "@/lib/auth/errors";
import { latestLastDay } from "@/lib/domain/upward/window";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import { dateOnly, isoDay } from "../dates";
import { changeRound, type RoundChange } from "./planned-round";

export async function saveRoundDetails(database: Database, change: RoundChange, values: z.output<typeof roundDetailsSchema>) {
  return changeRound(database, change, "editDetails", async (tx, round) => {
    // Upward input's results must be ready before the first conversation (upward/window.ts).
    const upward = await tx.upwardSurvey.findUnique({ where: { roundId: round.id }, select: { closesOn: true } });
    if (upward && isoDay(upward.closesOn) > latestLastDay(values.conversationsFrom))
      throw new FieldError("conversationsFrom", da.upward.planning.errors.conversationsTooEarly(formatDate(upward.closesOn)));
    await tx.round.update({
      where: { id: round.id },
      data: {
        title: values.title,
        year: values.year,
        focus: values.focus,
        kickoffDate: dateOnly(values.kickoffDate),
        conversationsFrom: dateOnly(values.conversationsFrom),
        conversationsTo: dateOnly(values.conversationsTo),
        wrapUpDate: dateOnly(values.wrapUpDate),
        followUpDate: dateOnly(values.followUpDate),
      },
    });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.update",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
    });
    return {};
  });
}

export async function saveKickoff(database: Database, change: RoundChange, values: z.output<typeof kickoffSchema>) {
  return changeRound(database, change, "editKickoff", async (tx, round) => {
    await tx.round.update({
      where: { id: round.id },
      data: {
        kickoffNotes: values.kickoffNotes,
        coreTask: values.coreTask,
        developmentGoals: values.developmentGoals.map((goal) => goal.text),
      },
    });
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.kickoff",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
    });
    return {};
  });
}
