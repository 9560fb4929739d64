import "server-only";
import { buildIcs } from "@/lib/calendar/ics";
import { privacyNoticePath } from "@/lib/domain/privacy/paths";
import { appUrl } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { QueuedMail } from "@/lib/mail/outbox";

// What the round's e-mails say. Pure apart from the app's address: given the facts, the mails.

// No address, no mail: the outbox leaves such a mail out (enqueueMails).
export type Party = { name: string; email: string | null };
type RoundFacts = { id: string; kind: "MUS" | "LUS"; title: string; conversationsFrom: Date; conversationsTo: Date };

export const materialLink = (roundId: string) => `${appUrl()}/runder/${roundId}/materiale`;
/** The privacy notice: the invitation is the first mail a person gets, so it says where to read it (GDPR art. 13). */
export const privacyLink = () => `${appUrl()}${privacyNoticePath}`;
export const sheetLink = (roundId: string) => `${appUrl()}/runder/${roundId}/forberedelse`;

export function invitationMail(round: RoundFacts, leader: Party, participant: Party, conversationStart: Date | null): QueuedMail {
  const t = da.rounds.mail;
  return {
    to: participant.email,
    subject: t.invitationSubject(da.rounds.kindShort[round.kind], round.title),
    text: t.invitation({
      name: participant.name,
      leader: leader.name,
      kindName: da.rounds.conversationName[round.kind],
      title: round.title,
      link: materialLink(round.id),
      window: da.common.dateRange(formatDate(round.conversationsFrom), formatDate(round.conversationsTo)),
      conversation: conversationStart ? formatDateTime(conversationStart) : null,
      privacy: privacyLink(),
    }),
  };
}

export type Booking = { uid: string; sequence: number; start: Date; durationMinutes: number; location: string };

/** The booking, move or cancellation, to each party, each with the same calendar event. */
export function conversationMails(
  round: RoundFacts,
  leader: Party,
  participant: Party,
  booking: Booking,
  change: "booked" | "moved" | "cancelled",
): QueuedMail[] {
  const t = da.rounds.mail;
  const kind = da.rounds.kindShort[round.kind];
  const link = materialLink(round.id);
  const method = change === "cancelled" ? "CANCEL" : "REQUEST";
  const when = formatDateTime(booking.start);
  const content = buildIcs(
    {
      uid: booking.uid,
      sequence: booking.sequence,
      start: booking.start,
      durationMinutes: booking.durationMinutes,
      summary: da.rounds.calendar.summary(kind, participant.name, leader.name),
      description: da.rounds.calendar.description(link),
      location: booking.location,
      organizer: leader,
      attendees: [participant, leader],
    },
    method,
  );
  const subject = { booked: t.bookedSubject, moved: t.movedSubject, cancelled: t.cancelledSubject }[change](kind, when);
  return [
    { self: participant, other: leader },
    { self: leader, other: participant },
  ].map(({ self, other }) => ({
    to: self.email,
    subject,
    text:
      change === "cancelled"
        ? t.cancelled({ name: self.name, other: other.name, when })
        : t[change]({ name: self.name, other: other.name, when, minutes: booking.durationMinutes, location: booking.location, link }),
    calendar: { method, content },
  }));
}
