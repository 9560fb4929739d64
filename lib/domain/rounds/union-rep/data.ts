import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { CommentSection } from "./schema";

// Reads for the round's union representative: whom the leader may name, and the comments.

type Reader = Database | Transaction;

export type UnionRepCandidate = { id: string; name: string; jobTitle: string | null; unit: string | null };

/** Active people of the municipality whose name holds the query (never the round's leader), a page at most. */
export async function unionRepCandidates(
  database: Reader,
  round: { municipalityId: string; leaderId: string },
  query: string,
): Promise<UnionRepCandidate[]> {
  const people = await database.person.findMany({
    where: {
      municipalityId: round.municipalityId,
      active: true,
      id: { not: round.leaderId },
      name: { contains: query, mode: "insensitive" },
    },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, jobTitle: true, unit: { select: { name: true } } },
  });
  return people.map(({ unit, ...person }) => ({ ...person, unit: unit?.name ?? null }));
}

export type RoundComment = { id: string; author: string; text: string; createdAt: Date };

/** A section's comments, oldest first. */
export async function roundComments(database: Reader, roundId: string, section: CommentSection): Promise<RoundComment[]> {
  const rows = await database.roundComment.findMany({
    where: { roundId, section },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map(({ author, ...comment }) => ({ ...comment, author: author.name }));
}
