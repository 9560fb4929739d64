import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";
import type { Mail } from "./send";

export function signInMail(to: string, url: string, expires: Date): Mail {
  return { to, subject: da.mail.signIn.subject, text: da.mail.signIn.text(url, formatDateTime(expires)) };
}
