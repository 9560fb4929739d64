import "server-only";
import { db } from "@/lib/db";
import { roundComments, unionRepCandidates } from "./data";
import { personSearchSchema, type CommentSection } from "./schema";

// Page reads for the round's union representative. The pages ask requireRound first (the leader's
// planning pages "update", the material and the wrap-up "read").

/** The leader's panel: who is named, whether they may comment, and the people found by the search. */
export async function loadUnionRepPanel(round: { id: string; municipalityId: string; leaderId: string }, query: string | undefined) {
  const search = personSearchSchema.safeParse(query ?? "");
  const [current, candidates] = await Promise.all([
    db().round.findUniqueOrThrow({
      where: { id: round.id },
      select: { unionRepMayComment: true, unionRep: { select: { id: true, name: true, email: true } } },
    }),
    search.success ? unionRepCandidates(db(), round, search.data) : Promise.resolve(null),
  ]);
  return { rep: current.unionRep, mayComment: current.unionRepMayComment, query: search.success ? search.data : "", candidates };
}

export async function loadRoundComments(roundId: string, section: CommentSection) {
  return roundComments(db(), roundId, section);
}
