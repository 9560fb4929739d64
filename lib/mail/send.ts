import "server-only";
import nodemailer from "nodemailer";
import { env, type Env } from "@/lib/env";

/** A calendar invitation carried by a mail (iTIP): REQUEST books or moves, CANCEL cancels. */
export type MailCalendar = { method: "REQUEST" | "CANCEL"; content: string };

export type Mail = { to: string; subject: string; text: string; calendar?: MailCalendar };

let transport: nodemailer.Transporter | undefined;

/**
 * Sends a plain-text mail through SMTP_URL. Without an SMTP server (a newcomer's machine) the mail
 * is written to the server log instead, so sign-in links still reach whoever runs the app.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.log(`[mail] No SMTP_URL set; not sent. To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[mail] end`);
    return;
  }
  transport ??= createMailTransport(SMTP_URL, env());
  await transport.sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    // A text/calendar part with its METHOD is what calendar clients act on ("add", "update", "remove").
    icalEvent: mail.calendar && { method: mail.calendar.method, filename: "samtale.ics", content: mail.calendar.content },
  });
}

/**
 * The SMTP transport for SMTP_URL. With SMTP_REQUIRE_TLS an smtp:// server must take STARTTLS, with
 * a certificate that verifies, or nothing is sent; smtps:// is TLS from the first byte anyway.
 * Set in the address itself, because nodemailer lets the address's own options win over the object's.
 */
export function createMailTransport(smtpUrl: string, current: Pick<Env, "SMTP_REQUIRE_TLS">): nodemailer.Transporter {
  const url = new URL(smtpUrl);
  if (current.SMTP_REQUIRE_TLS) {
    url.searchParams.set("requireTLS", "true");
    url.searchParams.delete("ignoreTLS");
  }
  return nodemailer.createTransport(url.toString());
}
