import { startMailbox } from "../../support/mailbox-server";

// The local SMTP server the app sends its mail to during the browser tests.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_SMTP_PORT);
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!port || !dir) throw new Error("E2E_SMTP_PORT and E2E_MAILBOX_DIR are set by `npm test`");
  const mailbox = await startMailbox(port, dir);
  return mailbox.stop;
}
