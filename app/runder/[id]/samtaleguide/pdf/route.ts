import { renderToBuffer } from "@react-pdf/renderer";
import { z } from "zod";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";
import { conversationGuideDocument } from "@/lib/pdf/conversation-guide";
import { fileSlug, pdfResponse } from "@/lib/pdf/response";

// The round's conversation guide on A3, for whoever may read the round's material (the leader,
// participants once published, the committee): the dimensions, the round's questions, the prompts.
// ?gruppe= picks one group's questions; without it, every group's.
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  const round = await db().round.findUnique({
    where: { id: params.id },
    select: {
      title: true, leaderId: true, state: true,
      municipality: { select: { name: true } },
      participants: { select: { personId: true, groupId: true } },
      themes: { orderBy: { position: "asc" }, select: { title: true, questions: { orderBy: { position: "asc" }, select: { text: true, groupId: true } } } },
    },
  });
  if (!round) throw new AccessDenied();
  const participantIds = round.state === "PLANNING" ? [] : round.participants.map((participant) => participant.personId);
  authorize(actor, "read", { kind: "roundMaterial", leaderId: round.leaderId, participantIds });
  // A participant sees their own group's questions; the leader and the committee every group's.
  const ownGroup = round.participants.find((participant) => participant.personId === actor.id)?.groupId;
  const requested = z.uuid().safeParse(new URL(request.url).searchParams.get("gruppe")).data;
  const group = actor.id !== round.leaderId && ownGroup ? ownGroup : requested;
  const themes = round.themes
    .map((theme) => ({ title: theme.title, questions: [...new Set(theme.questions.filter((question) => !group || question.groupId === group).map((question) => question.text))] }))
    .filter((theme) => theme.questions.length > 0);
  const data = { municipality: round.municipality.name, roundTitle: round.title, dimensions: vitalisationDimensions, themes };
  const pdf = await renderToBuffer(conversationGuideDocument(data));
  return pdfResponse(new Uint8Array(pdf), fileSlug(da.plans.guidePdf.fileName(round.title)));
});
