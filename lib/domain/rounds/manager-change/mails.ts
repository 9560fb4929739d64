import "server-only";
import { appUrl } from "@/lib/env";
import { da } from "@/lib/i18n/da";
import type { QueuedMail } from "@/lib/mail/outbox";

// What a change of leader's e-mails say. Pure apart from the app's address. No address, no mail
// (the outbox leaves it out): people without one learn it from their start page or on paper.

type Party = { name: string; email: string | null };
type From = { personName: string; personEmail: string | null; leaderName: string; title: string; kind: "MUS" | "LUS" };
type Round = { id: string; title: string; kind: "MUS" | "LUS" };

const t = da.managerChange.mail;
const subject = (kind: "MUS" | "LUS", title: string) => t.subject(da.rounds.kindShort[kind], title);

/** To the old leader, unless they have stopped: the person is no longer in their round. */
export function leftMails(from: From & { leaderEmail: string | null; leaderActive: boolean }, newLeader: string): QueuedMail[] {
  if (!from.leaderActive) return [];
  return [
    {
      to: from.leaderEmail,
      subject: subject(from.kind, from.title),
      text: t.toOld({ name: from.leaderName, person: from.personName, leader: newLeader, title: from.title }),
    },
  ];
}

/** To the person and (unless they did it themselves) the new leader: moved into the new leader's round. */
export function movedMails(from: From, round: Round, newLeader: Party, toNewLeader = true): QueuedMail[] {
  const mails: QueuedMail[] = [
    {
      to: from.personEmail,
      subject: subject(round.kind, round.title),
      text: t.toPersonMoved({
        name: from.personName,
        previous: from.leaderName,
        leader: newLeader.name,
        title: round.title,
        link: `${appUrl()}/runder/${round.id}/materiale`,
      }),
    },
  ];
  if (toNewLeader)
    mails.push({
      to: newLeader.email,
      subject: subject(round.kind, round.title),
      text: t.toNewMoved({
        name: newLeader.name,
        person: from.personName,
        previous: from.leaderName,
        title: round.title,
        link: `${appUrl()}/runder/${round.id}/deltagere`,
      }),
    });
  return mails;
}

/** To the person and the new leader, who has no round to move them to: asked to add them. */
export function askedMails(from: From, newLeader: Party): QueuedMail[] {
  return [
    {
      to: from.personEmail,
      subject: subject(from.kind, from.title),
      text: t.toPersonAsked({ name: from.personName, previous: from.leaderName, leader: newLeader.name }),
    },
    {
      to: newLeader.email,
      subject: subject(from.kind, from.title),
      text: t.toNewAsked({ name: newLeader.name, person: from.personName, previous: from.leaderName, link: `${appUrl()}/` }),
    },
  ];
}
