import "server-only";
import { buildIcs } from "@/lib/calendar/ics";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { QueuedMail } from "@/lib/mail/outbox";
import { materialLink, type Party } from "../mails";
import type { MeetingKind } from "./schema";

// What a common meeting's mails say, each with the one calendar event (pure apart from the app's
// address). Everyone gets the same .ics: the leader as organiser, everyone concerned as attendees.

export type MeetingChange = "set" | "moved" | "cancelled" | "notAttending";

export type MeetingEvent = {
  kind: MeetingKind;
  uid: string;
  sequence: number;
  start: Date;
  durationMinutes: number;
  location: string;
};

type RoundFacts = { id: string; title: string };

/**
 * The mails for `recipients` about the meeting. "set" and "moved" are REQUESTs naming everyone
 * concerned; "cancelled" (the meeting is off) and "notAttending" (this person left the round) are
 * CANCELs, the latter naming only the recipients, so their calendar drops the event while the
 * others' stays.
 */
export function meetingMails(
  round: RoundFacts,
  meeting: MeetingEvent,
  people: { leader: Party; attendees: Party[] },
  recipients: Party[],
  change: MeetingChange,
): QueuedMail[] {
  const t = da.meetings;
  const method = change === "cancelled" || change === "notAttending" ? "CANCEL" : "REQUEST";
  const link = materialLink(round.id);
  const content = buildIcs(
    {
      uid: meeting.uid,
      sequence: meeting.sequence,
      start: meeting.start,
      durationMinutes: meeting.durationMinutes,
      summary: t.calendar.summary(t.names[meeting.kind], round.title),
      description: t.calendar.description(link),
      location: meeting.location,
      organizer: people.leader,
      attendees: change === "notAttending" ? recipients : [...people.attendees, people.leader],
    },
    method,
  );
  const when = formatDateTime(meeting.start);
  const name = t.names[meeting.kind];
  const subject = {
    set: t.mail.setSubject,
    moved: t.mail.movedSubject,
    cancelled: t.mail.cancelledSubject,
    notAttending: t.mail.cancelledSubject,
  }[change](name, when);
  const facts = {
    meeting: t.inSentence[meeting.kind],
    title: round.title,
    when,
    minutes: meeting.durationMinutes,
    location: meeting.location,
    link,
  };
  return recipients.map((recipient) => ({
    to: recipient.email,
    subject,
    text: t.mail[change]({ ...facts, name: recipient.name }),
    calendar: { method, content },
  }));
}
