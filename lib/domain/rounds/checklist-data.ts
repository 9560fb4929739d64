import "server-only";
import type { Database } from "@/lib/db-client";
import type { ChecklistFacts } from "./checklist";

/**
 * What the leader's checklist is ticked from, in a fixed number of counting queries whatever the
 * round's size. The page asked for the round with "update" first (the leader's own page).
 */
export async function loadChecklistFacts(
  database: Database,
  roundId: string,
): Promise<ChecklistFacts & { policyLinks: { title: string; url: string }[] }> {
  const taking = { roundId, absence: null };
  const [round, questions, participants, withNotes, booked, sheetsShared, plansSigned, offersMarked, notes, jointActions] =
    await Promise.all([
      database.round.findUniqueOrThrow({
        where: { id: roundId },
        select: {
          kind: true,
          state: true,
          focus: true,
          coreTask: true,
          developmentGoals: true,
          publishedAt: true,
          feedbackPublishedAt: true,
          // The policies to consider, as the municipality set them in Administration.
          municipality: { select: { policyLinks: { orderBy: { position: "asc" }, select: { title: true, url: true } } } },
        },
      }),
      database.roundQuestion.count({ where: { theme: { roundId } } }),
      database.roundParticipant.count({ where: taking }),
      database.roundParticipant.count({ where: { ...taking, leaderNotes: { some: {} } } }),
      database.roundParticipant.count({ where: { ...taking, conversation: { isNot: null } } }),
      database.roundParticipant.count({ where: { ...taking, sheet: { is: { state: "SUBMITTED" } } } }),
      database.roundParticipant.count({ where: { ...taking, plan: { is: { versions: { some: { signedAt: { not: null } } } } } } }),
      database.roundParticipant.count({ where: { ...taking, OR: [{ offerSeniorConversation: true }, { offerTalentDevelopment: true }] } }),
      database.roundNote.findMany({ where: { roundId, key: { in: ["overview", "wrapUp"] } }, select: { key: true, fields: true } }),
      database.jointAction.count({ where: { roundId } }),
    ]);
  // A note row is made when someone first writes in it; one still empty counts as not written.
  const written = (key: string) => notes.some((note) => note.key === key && Object.keys(note.fields as object).length > 0);
  return {
    kind: round.kind,
    state: round.state,
    focus: round.focus,
    coreTask: round.coreTask,
    developmentGoals: round.developmentGoals.filter((goal) => goal.trim() !== "").length,
    questions,
    published: round.publishedAt !== null,
    participants,
    withNotes,
    booked,
    sheetsShared,
    plansSigned,
    offersMarked,
    overviewWritten: written("overview"),
    wrapUpWritten: written("wrapUp"),
    jointActions,
    feedbackPublished: round.feedbackPublishedAt !== null,
    policyLinks: round.municipality.policyLinks,
  };
}
