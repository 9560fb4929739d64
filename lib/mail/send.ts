import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

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
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}
