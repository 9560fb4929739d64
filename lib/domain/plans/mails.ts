import "server-only";
import { buildIcs } from "@/lib/calendar/ics";
import { appUrl } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { QueuedMail } from "@/lib/mail/outbox";

// The plan's e-mails: the booked mini-MUS (with its calendar event) and the follow-up reminder.
// Pure apart from the app's address.

// No address, no mail: the outbox leaves such a mail out (enqueueMails).
type Party = { name: string; email: string | null };
export type PlanParties = { kind: "MUS" | "LUS"; roundId: string; participantId: string; employee: Party; leader: Party };

export const planLink = (facts: Pick<PlanParties, "roundId" | "participantId">) =>
  `${appUrl()}/runder/${facts.roundId}/samtale/${facts.participantId}#opfoelgning`;

const bothWays = (facts: PlanParties) => [
  { self: facts.employee, other: facts.leader },
  { self: facts.leader, other: facts.employee },
];

export function miniMusMails(
  facts: PlanParties,
  booking: { uid: string; sequence: number; start: Date; durationMinutes: number; location: string },
  moved: boolean,
): QueuedMail[] {
  const t = da.plans.mail;
  const name = da.plans.followUp.miniName[facts.kind];
  const when = formatDateTime(booking.start);
  const link = planLink(facts);
  const content = buildIcs(
    {
      uid: booking.uid,
      sequence: booking.sequence,
      start: booking.start,
      durationMinutes: booking.durationMinutes,
      summary: t.miniSummary(name, facts.employee.name, facts.leader.name),
      description: t.miniDescription(link, facts.kind),
      location: booking.location,
      organizer: facts.leader,
      attendees: [facts.employee, facts.leader],
    },
    "REQUEST",
  );
  return bothWays(facts).map(({ self, other }) => ({
    to: self.email,
    subject: t.miniSubject(name, when, moved),
    text: t.miniText({
      name: self.name,
      other: other.name,
      mini: name,
      when,
      minutes: booking.durationMinutes,
      location: booking.location,
      link,
      kind: facts.kind,
    }),
    calendar: { method: "REQUEST", content },
  }));
}

export function followUpDueMails(facts: PlanParties, date: Date): QueuedMail[] {
  const t = da.plans.mail;
  const name = da.plans.followUp.miniName[facts.kind];
  return bothWays(facts).map(({ self, other }) => ({
    to: self.email,
    subject: t.dueSubject(facts.kind),
    text: t.dueText({ name: self.name, other: other.name, mini: name, date: formatDate(date), link: planLink(facts), kind: facts.kind }),
  }));
}
