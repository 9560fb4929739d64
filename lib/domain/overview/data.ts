import "server-only";
import type { Database } from "@/lib/db-client";
import { wrapUpBegun, wrapUpPhases, type RoundState } from "@/lib/domain/rounds/state-machine";
import { readFieldMap } from "@/lib/domain/sheets/stored-fields";
import { loadRoundPlans } from "@/lib/domain/wrap-up/round-plans";
import { planFigures, vitalisationFigures } from "./figures";

// The leader's overview of a round. Figures appear once the wrap-up has begun: from then on no sheet
// can be shared or taken back and nobody changes group, so comparing today's figures with
// yesterday's cannot single out the one sheet that arrived in between.

type OverviewRound = {
  id: string;
  kind: "MUS" | "LUS";
  state: RoundState;
  unitId: string;
  leaderId: string;
  previousRoundId: string | null;
  createdAt: Date;
  hasScores: boolean;
};

// Last round's figures beside this round's are about the same people: the round this one was started
// from, or else the same leader's latest earlier round in the unit (two leaders in one unit each run
// their own round, so "the unit's last round" may be a colleague's with other people).
async function previousRound(database: Database, round: OverviewRound) {
  const previous = await database.round.findFirst({
    where: {
      ...(round.previousRoundId ? { id: round.previousRoundId } : { unitId: round.unitId, leaderId: round.leaderId }),
      kind: round.kind,
      id: { not: round.id },
      createdAt: { lt: round.createdAt },
      state: { in: [...wrapUpPhases] },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, hasScores: true },
  });
  // A previous round without scores has nothing to set beside this round's.
  if (!previous?.hasScores) return null;
  const sheets = await database.preparationSheet.findMany({
    where: { state: "SUBMITTED", participant: { roundId: previous.id } },
    select: { fields: true },
  });
  return { title: previous.title, sheets: sheets.map((sheet) => ({ groupId: "", scores: readFieldMap(sheet.fields) })) };
}

export async function loadOverview(database: Database, roundId: string, threshold: number, now = new Date()) {
  const [round, rows, groups, themes] = await Promise.all([
    database.round.findUniqueOrThrow({
      where: { id: roundId },
      select: { id: true, kind: true, state: true, unitId: true, leaderId: true, previousRoundId: true, createdAt: true, hasScores: true },
    }),
    loadRoundPlans(database, roundId, now),
    database.roundGroup.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    database.roundTheme.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { title: true } }),
  ]);
  // Someone away this round is not waited for; someone on a catch-up conversation counts in the
  // progress, but their sheet and plan stay out of the figures, which were fixed when the wrap-up began.
  const taking = rows.filter((row) => !row.absent);
  const progress = {
    participants: taking.length,
    absent: rows.length - taking.length,
    sheetsShared: taking.filter((row) => row.sheetShared).length,
    conversationsHeld: taking.filter((row) => row.conversationHeld).length,
    plansSigned: taking.filter((row) => row.signedNumber !== null).length,
    followedUp: taking.filter((row) => row.progress === "followedUp").length,
  };
  if (!wrapUpBegun(round.state)) return { progress, threshold, hasScores: round.hasScores, figures: null };
  // A round without scores has no dimension figures at all, never four empty charts.
  const previous = round.hasScores ? await previousRound(database, round) : null;
  const counted = taking.filter((row) => !row.catchUp);
  const sheets = counted.filter((row) => row.sheetShared).map((row) => ({ groupId: row.groupId, scores: row.scores }));
  const plans = counted.flatMap((row) => (row.content ? [row.content] : []));
  return {
    progress,
    threshold,
    hasScores: round.hasScores,
    figures: {
      previousTitle: previous?.title ?? null,
      vitalisation: round.hasScores ? vitalisationFigures(groups, sheets, threshold, previous?.sheets ?? null) : null,
      plans: planFigures(
        plans,
        themes.map((theme) => theme.title),
        threshold,
      ),
      signedPlans: plans.length,
    },
  };
}

export type Overview = Awaited<ReturnType<typeof loadOverview>>;
