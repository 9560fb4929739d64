import "server-only";
import { appUrl } from "@/lib/env";
import { da } from "@/lib/i18n/da";
import type { Mail } from "@/lib/mail/send";

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
