import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// When a conversation counts as held, for every count that says so (HR's filing desk, the leader's
// overview): once its booked time has passed, or once its plan has a signed version. A signed plan
// is written in the conversation, so it proves the conversation took place even when it was never
// booked in the system or was held before the booked hour; counting by the booking alone showed
// HR "0 held" beside "1 signed".

/** The rule as a SQL condition, given the expressions for the booked start and the signed version's plan id. */
export function conversationHeld(bookedStart: Prisma.Sql, signedPlanId: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`(${bookedStart} <= ${now} or ${signedPlanId} is not null)`;
}
