import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { Actor } from "@/lib/access/policy";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { leafletDocument } from "@/lib/pdf/leaflet";
import { committeeCoversFor } from "@/lib/domain/committees/coverage";
import { leafletContent, type LeafletContent } from "./leaflet-content";

// The employee's information leaflet ("MUS-processen – information til dig som medarbejder"),
// made from the round itself: its dates, its leader, its themes. The page and the PDF show the same
// content (leaflet-content.ts); whoever may read the round's material may read it.

async function loadLeafletRound(database: Database, roundId: string) {
  return database.round.findUnique({
    where: { id: roundId },
    select: {
      title: true,
      kind: true,
      state: true,
      focus: true,
      coreTask: true,
      developmentGoals: true,
      kickoffDate: true,
      conversationsFrom: true,
      conversationsTo: true,
      wrapUpDate: true,
      followUpDate: true,
      leaderId: true,
      unitId: true,
      unionRepId: true,
      leader: { select: { name: true } },
      municipality: {
        select: { name: true, helpContactName: true, helpContactTitle: true, helpContactEmail: true, helpContactPhone: true },
      },
      participants: { select: { personId: true } },
      themes: { orderBy: { position: "asc" }, select: { title: true } },
    },
  });
}

type LeafletRound = NonNullable<Awaited<ReturnType<typeof loadLeafletRound>>>;

function contentOf(round: LeafletRound): LeafletContent {
  return leafletContent({
    municipality: round.municipality.name,
    kind: round.kind,
    title: round.title,
    leaderName: round.leader.name,
    focus: round.focus,
    coreTask: round.coreTask,
    developmentGoals: round.developmentGoals,
    kickoffDate: round.kickoffDate,
    conversationsFrom: round.conversationsFrom,
    conversationsTo: round.conversationsTo,
    wrapUpDate: round.wrapUpDate,
    followUpDate: round.followUpDate,
    themes: round.themes.map((theme) => theme.title),
    help: round.municipality.helpContactName
      ? {
          name: round.municipality.helpContactName,
          title: round.municipality.helpContactTitle,
          email: round.municipality.helpContactEmail,
          phone: round.municipality.helpContactPhone,
        }
      : null,
  });
}

/** The same rule as the round's material (requireRound(id, "read") and the guide's PDF). */
async function authorizeMaterial(database: Database, actor: Actor, round: LeafletRound) {
  const participantIds = round.state === "PLANNING" ? [] : round.participants.map((participant) => participant.personId);
  const committeeCovers = !participantIds.includes(actor.id) && (await committeeCoversFor(database, actor, round.unitId));
  authorize(actor, "read", {
    kind: "roundMaterial",
    leaderId: round.leaderId,
    participantIds,
    committeeCovers,
    unionRep: round.unionRepId === actor.id,
  });
}

/** The leaflet's content for a page whose guard has already let the actor read the round. */
export async function loadLeaflet(database: Database, actor: Actor, roundId: string): Promise<LeafletContent> {
  const round = await loadLeafletRound(database, roundId);
  if (!round) throw new AccessDenied();
  await authorizeMaterial(database, actor, round);
  return contentOf(round);
}

export async function leafletPdf(database: Database, actor: Actor, roundId: string): Promise<Download> {
  const round = await loadLeafletRound(database, roundId);
  if (!round) throw new AccessDenied();
  await authorizeMaterial(database, actor, round);
  const pdf = await renderToBuffer(leafletDocument(contentOf(round)));
  return { fileName: da.guidance.leaflet.fileName(round.title), contentType: "application/pdf", body: new Uint8Array(pdf) };
}
