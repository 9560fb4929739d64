import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";

// Every e-mail ends with whom to ask for help: the recipient's municipality's help contact (set in
// Administration). The one place that adds it; both doors through which mail leaves use it (the
// outbox when a mail is queued, and the sign-in link). A recipient who is no one's address, or
// whose municipality has no contact, gets the mail as it was written.

export async function withHelpFooter<M extends { to: string; text: string }>(database: Database | Transaction, mails: M[]): Promise<M[]> {
  if (mails.length === 0) return mails;
  const people = await database.person.findMany({
    where: { email: { in: [...new Set(mails.map((mail) => mail.to.toLowerCase()))] } },
    select: {
      email: true,
      municipality: { select: { helpContactName: true, helpContactTitle: true, helpContactEmail: true, helpContactPhone: true } },
    },
  });
  const footers = new Map<string, string>();
  for (const person of people) {
    const contact = person.municipality;
    if (!person.email || !contact.helpContactName) continue;
    footers.set(
      person.email,
      da.guidance.helpContact.mailFooter(
        contact.helpContactName,
        contact.helpContactTitle,
        contact.helpContactEmail,
        contact.helpContactPhone,
      ),
    );
  }
  return mails.map((mail) => {
    const footer = footers.get(mail.to.toLowerCase());
    return footer ? { ...mail, text: `${mail.text.replace(/\s+$/, "")}\n${footer}\n` } : mail;
  });
}
