import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { Actor } from "@/lib/access/policy";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { conversationGuideDocument } from "@/lib/pdf/conversation-guide";
import { committeeCoversFor } from "@/lib/domain/committees/coverage";
import { keywordsFor, vitalisationDimensions } from "./question-banks";

/**
 * The round's conversation guide on A3, for whoever may read the round's material (the leader,
 * participants once published, the committee): the dimensions, the round's questions, the
 * prompts. A participant gets their own group's questions; the others `group`'s, or every group's.
 */
export async function conversationGuidePdf(
  database: Database,
  actor: Actor,
  roundId: string,
  group: string | undefined,
): Promise<Download> {
  const round = await database.round.findUnique({
    where: { id: roundId },
    select: {
      title: true,
      kind: true,
      hasScores: true,
      leaderId: true,
      unionRepId: true,
      unitId: true,
      state: true,
      municipality: { select: { name: true } },
      participants: { select: { personId: true, groupId: true } },
      themes: {
        orderBy: { position: "asc" },
        select: { title: true, questions: { orderBy: { position: "asc" }, select: { text: true, groupId: true } } },
      },
    },
  });
  if (!round) throw new AccessDenied();
  const participantIds = round.state === "PLANNING" ? [] : round.participants.map((participant) => participant.personId);
  const committeeCovers = !participantIds.includes(actor.id) && (await committeeCoversFor(database, actor, round.unitId));
  const unionRep = round.unionRepId === actor.id;
  authorize(actor, "read", { kind: "roundMaterial", leaderId: round.leaderId, participantIds, committeeCovers, unionRep });
  const ownGroup = round.participants.find((participant) => participant.personId === actor.id)?.groupId;
  const shown = actor.id !== round.leaderId && ownGroup ? ownGroup : group;
  const themes = round.themes
    .map((theme) => ({
      title: theme.title,
      questions: [...new Set(theme.questions.filter((question) => !shown || question.groupId === shown).map((question) => question.text))],
    }))
    .filter((theme) => theme.questions.length > 0);
  const pdf = await renderToBuffer(
    conversationGuideDocument({
      municipality: round.municipality.name,
      roundTitle: round.title,
      kind: round.kind,
      // A round without scores is not built on the four dimensions: its guide has only its questions.
      dimensions: round.hasScores
        ? vitalisationDimensions.map((dimension) => ({ ...dimension, keywords: keywordsFor(dimension, round.kind) }))
        : [],
      themes,
    }),
  );
  return { fileName: da.plans.guidePdf.fileName(round.title), contentType: "application/pdf", body: new Uint8Array(pdf) };
}
