import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StoredMail } from "../../support/mailbox-server";

function mailboxDir(): string {
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!dir) throw new Error("E2E_MAILBOX_DIR is set by `npm test`");
  return dir;
}

export function mailsTo(address: string): StoredMail[] {
  return readdirSync(mailboxDir())
    .sort()
    .map((file) => JSON.parse(readFileSync(join(mailboxDir(), file), "utf8")) as StoredMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits for the next mail to the address after `seen` mails had arrived. */
export async function waitForMail(address: string, seen = 0, timeoutMs = 10_000): Promise<StoredMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = mailsTo(address);
    if (mails.length > seen) return mails[mails.length - 1];
    if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
