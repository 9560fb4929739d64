import "server-only";
import { appUrl } from "@/lib/env";
import { da } from "@/lib/i18n/da";
import type { Mail } from "@/lib/mail/send";

// The mail to a person named the round's union representative. Pure apart from the app's address;
// a person without an e-mail address gets none (the leader is told to let them know otherwise).

export function unionRepNamedMail(
  round: { id: string; kind: "MUS" | "LUS"; title: string },
  input: { rep: { name: string; email: string | null }; leader: string; mayComment: boolean },
): Mail | null {
  if (!input.rep.email) return null;
  const t = da.unionRep.mail;
  return {
    to: input.rep.email,
    subject: t.subject(da.rounds.kindShort[round.kind], round.title),
    text: t.text({
      name: input.rep.name,
      leader: input.leader,
      title: round.title,
      mayComment: input.mayComment,
      link: `${appUrl()}/runder/${round.id}/materiale`,
    }),
  };
}
