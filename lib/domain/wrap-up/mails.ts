import "server-only";
import { appUrl } from "@/lib/env";
import { planLink } from "@/lib/domain/plans/mails";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { QueuedMail } from "@/lib/mail/outbox";

// The wrap-up's e-mails: the leader's published feedback, a settled agreement, a joint action's
// reminder. Pure apart from the app's address.

// No address, no mail: the outbox leaves such a mail out (enqueueMails).
type Party = { name: string; email: string | null };
const t = da.wrapUp.mail;

export const wrapUpLink = (roundId: string) => `${appUrl()}/runder/${roundId}/opsamling`;
export const followUpLink = (roundId: string) => `${appUrl()}/runder/${roundId}/opfoelgning`;

export function feedbackMails(round: { id: string; title: string }, leader: string, feedback: string, to: Party[]): QueuedMail[] {
  return to.map((person) => ({
    to: person.email,
    subject: t.feedbackSubject(round.title),
    text: t.feedbackText({ name: person.name, leader, round: round.title, feedback, link: wrapUpLink(round.id) }),
  }));
}

export function settledMail(input: {
  roundId: string;
  kind: "MUS" | "LUS";
  participantId: string;
  employee: Party;
  leader: string;
  action: string;
  decision: string;
  note: string;
}): QueuedMail {
  return {
    to: input.employee.email,
    subject: t.settledSubject,
    text: t.settledText({
      name: input.employee.name,
      leader: input.leader,
      action: input.action,
      decision: input.decision,
      note: input.note,
      link: planLink(input),
      kind: input.kind,
    }),
  };
}

export function jointActionReminderMail(input: {
  roundId: string;
  roundTitle: string;
  leader: Party;
  what: string;
  who: string;
  due: Date;
}): QueuedMail {
  return {
    to: input.leader.email,
    subject: t.reminderSubject(input.what.length > 60 ? `${input.what.slice(0, 60)} …` : input.what),
    text: t.reminderText({
      name: input.leader.name,
      what: input.what,
      who: input.who,
      due: formatDate(input.due),
      round: input.roundTitle,
      link: followUpLink(input.roundId),
    }),
  };
}
