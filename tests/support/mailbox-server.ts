import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type StoredMail = { to: string[]; from: string; subject: string; text: string; calendar?: { method: string; content: string } };

/**
 * A real SMTP server on a local port that keeps every mail it receives as a JSON file, so the
 * browser tests (which run in other processes) can read the mail the app actually sent.
 */
export async function startMailbox(port: number, dir: string): Promise<{ stop: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: StoredMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
          };
          const invitation = parsed.attachments.find((attachment) => attachment.contentType === "text/calendar");
          if (invitation) {
            const content = invitation.content.toString("utf8");
            mail.calendar = { method: /^METHOD:(\w+)/m.exec(content)?.[1] ?? "", content };
          }
          writeFileSync(join(dir, `${Date.now()}-${String(++count).padStart(6, "0")}.json`), JSON.stringify(mail));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
