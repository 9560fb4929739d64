import "server-only";
import type { Database } from "@/lib/db-client";
import { describeAction, describePurpose } from "@/lib/domain/audit/access-report-csv";
import { loadAccessReport } from "@/lib/domain/audit/loaders";
import { loadLeaderNoteWithholding } from "@/lib/domain/privacy/data";
import { loadParticipations } from "./load-participations";
import type { PersonalData } from "./shape";

// Everything held about one person, read in a few queries: their record, the rounds they took
// part in (load-participations.ts), the mails sent to their address and their access log. Whose
// export it is does not matter: an administrator's for the person follows the same withholding.

function findPerson(database: Database, personId: string) {
  return database.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      municipalityId: true,
      name: true,
      email: true,
      jobTitle: true,
      active: true,
      deactivatedAt: true,
      createdAt: true,
      employeeNumber: true,
      employmentType: true,
      employmentStart: true,
      birthYear: true,
      senior: true,
      municipality: { select: { name: true } },
      unit: { select: { name: true } },
      manager: { select: { name: true, email: true } },
      roles: { orderBy: { role: "asc" }, select: { role: true } },
    },
  });
}

/** The person as the policy needs them (whose municipality), or null when there is no such person. */
export function findSubject(database: Database, personId: string) {
  return database.person.findUnique({ where: { id: personId }, select: { id: true, municipalityId: true } });
}

export async function loadPersonalData(database: Database, personId: string, now = new Date()): Promise<PersonalData | null> {
  const person = await findPerson(database, personId);
  if (!person) return null;
  const withholding = await loadLeaderNoteWithholding(database, person.municipalityId);
  const [participations, mails, events, comments, answered] = await Promise.all([
    loadParticipations(database, person, withholding),
    // Someone without an address has been sent nothing.
    person.email === null
      ? []
      : database.outgoingMail.findMany({
          where: { to: { equals: person.email, mode: "insensitive" } },
          orderBy: { id: "asc" },
          select: { subject: true, text: true, createdAt: true, sentAt: true },
        }),
    loadAccessReport(person.id, database),
    database.roundComment.findMany({
      where: { authorId: person.id },
      orderBy: { createdAt: "asc" },
      select: { section: true, text: true, createdAt: true, round: { select: { title: true } } },
    }),
    database.upwardRespondent.findMany({
      where: { personId: person.id },
      select: { participant: { select: { person: { select: { name: true } }, round: { select: { title: true } } } } },
    }),
  ]);
  return {
    generatedAt: now,
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      jobTitle: person.jobTitle,
      municipality: person.municipality.name,
      unit: person.unit?.name ?? null,
      manager: person.manager,
      roles: person.roles.map(({ role }) => role),
      active: person.active,
      deactivatedAt: person.deactivatedAt,
      createdAt: person.createdAt,
      employeeNumber: person.employeeNumber,
      employmentType: person.employmentType,
      employmentStart: person.employmentStart?.toISOString().slice(0, 10) ?? null,
      birthYear: person.birthYear,
      senior: person.senior,
    },
    participations,
    mails,
    accessLog: events.map((event) => ({
      at: event.at,
      actor: event.actor ? { name: event.actor.name, email: event.actor.email, self: event.actor.id === person.id } : null,
      action: event.action,
      actionText: describeAction(event.action),
      purpose: event.purpose,
      purposeText: describePurpose(event.purpose),
    })),
    unionRepComments: comments.map(({ round, ...comment }) => ({ round: round.title, ...comment })),
    upwardAnswered: answered.map(({ participant }) => ({ round: participant.round.title, leader: participant.person.name })),
  };
}
