import "server-only";
import { buildIcs } from "@/lib/calendar/ics";
import { appUrl } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { Mail } from "@/lib/mail/send";
import type { Booking } from "../mails";

// What a handover's e-mails say. Pure apart from the app's address: given the facts, the mails.
// A person without an e-mail address gets none (the address may be missing for some people).

type Party = { name: string; email: string | null };
type Facts = { id: string; kind: "MUS" | "LUS"; title: string };

export function handoverMails(
  round: Facts,
  input: { from: Party & { active: boolean }; to: Party; by: { name: string }; participants: Party[]; notesHandedOver: boolean },
): Mail[] {
  const t = da.handover.mail;
  const subject = t.subject(da.rounds.kindShort[round.kind], round.title);
  const roundLink = `${appUrl()}/runder/${round.id}`;
  const materialLink = `${appUrl()}/runder/${round.id}/materiale`;
  const mails: (Mail | null)[] = [
    // A leader who has stopped is not written to: the address may be closed, and it is no longer theirs to act on.
    input.from.active && input.from.email
      ? {
          to: input.from.email,
          subject,
          text: t.toOld({
            name: input.from.name,
            title: round.title,
            leader: input.to.name,
            by: input.by.name,
            notes: input.notesHandedOver,
          }),
        }
      : null,
    input.to.email
      ? {
          to: input.to.email,
          subject,
          text: t.toNew({ name: input.to.name, title: round.title, previous: input.from.name, by: input.by.name, link: roundLink }),
        }
      : null,
    ...input.participants.map((participant) =>
      participant.email
        ? {
            to: participant.email,
            subject,
            text: t.toParticipant({
              name: participant.name,
              title: round.title,
              previous: input.from.name,
              leader: input.to.name,
              link: materialLink,
            }),
          }
        : null,
    ),
  ];
  return mails.filter((mail): mail is Mail => mail !== null);
}

type Addressed = { name: string; email: string };
const addressed = (party: Party): party is Addressed => party.email !== null;

/**
 * A booked conversation after the handover: the same calendar event (same UID, next SEQUENCE) with
 * the new leader as organiser, to the participant and the new leader, so their calendars update the
 * one event; and its cancellation to the old leader, whose calendar drops it.
 */
export function bookingHandoverMails(
  round: Facts,
  input: { from: Party & { active: boolean }; to: Party; participant: Party; booking: Booking },
): Mail[] {
  const t = da.handover.mail;
  const kind = da.rounds.kindShort[round.kind];
  const { from, to, participant, booking } = input;
  const when = formatDateTime(booking.start);
  const event = (organizer: Addressed, attendees: Addressed[]) => ({
    uid: booking.uid,
    sequence: booking.sequence,
    start: booking.start,
    durationMinutes: booking.durationMinutes,
    summary: da.rounds.calendar.summary(kind, participant.name, to.name),
    description: da.rounds.calendar.description(`${appUrl()}/runder/${round.id}/materiale`),
    location: booking.location,
    organizer,
    attendees,
  });
  const mails: Mail[] = [];
  if (addressed(to)) {
    const attendees = [participant, to].filter(addressed);
    const content = buildIcs(event(to, attendees), "REQUEST");
    for (const self of attendees)
      mails.push({
        to: self.email,
        subject: t.bookingSubject(kind, when),
        text: t.booking({ name: self.name, participant: participant.name, leader: to.name, previous: from.name, when }),
        calendar: { method: "REQUEST", content },
      });
  }
  if (from.active && addressed(from))
    mails.push({
      to: from.email,
      subject: da.rounds.mail.cancelledSubject(kind, when),
      text: t.bookingToOld({ name: from.name, participant: participant.name, leader: to.name, when }),
      calendar: { method: "CANCEL", content: buildIcs(event(from, [from]), "CANCEL") },
    });
  return mails;
}
