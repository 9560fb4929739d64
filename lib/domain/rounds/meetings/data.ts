import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { Party } from "../mails";
import type { MeetingKind } from "./schema";

// Who a common meeting concerns. The leader (the organiser) always; the participants still in the
// round (not marked "not this round", not moved to another leader), for GRUS those of its group;
// and for the kick-off and the wrap-up the round's union representative, whom the seeds have take
// part in the process from the kick-off to the follow-up on behalf of Samarbejdsfeltet. The MED
// committee itself is not invited: the seeds have it informed and involved in planning, not at
// the meetings.

type Reader = Transaction | Database;

export type MeetingPeople = { leader: Party; attendees: (Party & { personId: string })[] };

const person = { select: { id: true, name: true, email: true } } as const;

export async function meetingPeople(client: Reader, roundId: string, kind: MeetingKind, groupId: string | null): Promise<MeetingPeople> {
  const round = await client.round.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      leader: person,
      unionRep: person,
      participants: {
        where: { absence: null, ...(kind === "GRUS" ? { groupId: groupId ?? undefined } : {}) },
        orderBy: { person: { name: "asc" } },
        select: { person: person },
      },
    },
  });
  const attendees = round.participants.map(({ person: p }) => ({ personId: p.id, name: p.name, email: p.email }));
  const rep = round.unionRep;
  if (kind !== "GRUS" && rep && rep.id !== round.leader.id && !attendees.some((a) => a.personId === rep.id))
    attendees.push({ personId: rep.id, name: rep.name, email: rep.email });
  return { leader: { name: round.leader.name, email: round.leader.email }, attendees };
}
