import "server-only";
import { appUrl } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { QueuedMail } from "@/lib/mail/outbox";
import { questionnairePath } from "./paths";

// The upward questionnaire's invitation and its one reminder. Pure apart from the app's address.

type Facts = { participantId: string; leader: string; closesOn: Date };

export function upwardMail(kind: "invitation" | "reminder", facts: Facts, to: { name: string; email: string | null }): QueuedMail {
  const t = da.upward.mail;
  const words = {
    name: to.name,
    leader: facts.leader,
    date: formatDate(facts.closesOn),
    link: `${appUrl()}${questionnairePath(facts.participantId)}`,
  };
  return kind === "invitation"
    ? { to: to.email, subject: t.invitationSubject(facts.leader), text: t.invitation(words) }
    : { to: to.email, subject: t.reminderSubject(facts.leader), text: t.reminder(words) };
}
